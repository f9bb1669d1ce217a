package org.restauth.server.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.code.facebookapi.FacebookException;
import com.google.code.facebookapi.IFacebookRestClient;
import com.google.code.facebookapi.Permission;
import com.google.code.facebookapi.ProfileField;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;

/**
 * The unmodified facebook-java-api 3.0.2 clients, XML, JSON and JAXB, against a running server: the client makes
 * the token, a person logs in with {@code req_perms=email,offline_access} and allows both on the consent page,
 * the client gets the session; then, as a program that kept the session key, the users.* calls and
 * auth.revokeExtendedPermission answer exactly what Grace's profile and grants say.
 */
@MicronautTest(environments = "identity")
class JavaClientsTest {
    private static final String API_KEY = IdentityFixture.API_KEY;
    private static final String SECRET = IdentityFixture.SECRET;
    private static final String CALLBACK = "https://app.example.org/after-login";
    private static final long UID = 8060;
    private static final String PICTURE = "https://pictures.example.org/8060/square.jpg";
    private static final ClientPerson GRACE = new ClientPerson(UID, "grace@example.org", "grace's own password",
            new Profile("Grace Hopper", "Grace", "Hopper", "en_GB", PICTURE));

    @Inject
    EmbeddedServer server;
    @Inject
    PersonStore people;
    @Inject
    GrantStore grants;

    @BeforeEach
    void grace() {
        GRACE.addTo(people);
        grants.revokeAll(UID, API_KEY); // every flavour starts with nothing allowed
    }

    private URI restServer() {
        return server.getURI().resolve("/restserver.php");
    }

    /** auth.createToken by the client, the person's login and Allow over HTTP, auth.getSession by the client. */
    private String logInWithPermissions(OldJavaFlavour flavour) throws FacebookException {
        IFacebookRestClient<?> app = flavour.client(restServer(), API_KEY, SECRET, null);
        String token = app.auth_createToken();

        String after = new ScriptedConsent(server.getURI()).logInAndAllow(API_KEY, token, GRACE.email(), GRACE.password(),
                "email,offline_access");

        assertEquals(CALLBACK + "?auth_token=" + token, after);
        String sessionKey = app.auth_getSession(token, false);
        assertEquals(UID, app.getCacheUserId());
        assertEquals(0L, app.getCacheSessionExpires(), "offline_access was allowed: the session never expires");
        return sessionKey;
    }

    @ParameterizedTest
    @EnumSource(OldJavaFlavour.class)
    void oldJavaClient_afterConsent_usersCallsAnswerProfileAndGrants(OldJavaFlavour flavour) throws Exception {
        String sessionKey = logInWithPermissions(flavour);
        // a program that stored the key: nothing cached, so users.getLoggedInUser is really sent
        IFacebookRestClient<?> client = flavour.client(restServer(), API_KEY, SECRET, sessionKey);

        assertEquals(UID, client.users_getLoggedInUser());
        Object info = client.users_getInfo(List.of(UID),
                EnumSet.of(ProfileField.NAME, ProfileField.PIC_SQUARE, ProfileField.LOCALE));
        assertEquals(Map.of("uid", "8060", "name", "Grace Hopper", "pic_square", PICTURE, "locale", "en_GB"),
                flavour.firstRow(client, info));
        assertEquals(Map.of("uid", "8060", "email", GRACE.email()), flavour.firstRow(client, emailOf(client)));
        assertTrue(client.users_hasAppPermission(Permission.EMAIL));
        assertTrue(client.users_hasAppPermission(Permission.OFFLINE_ACCESS));
        assertFalse(client.users_hasAppPermission(Permission.PUBLISH_STREAM), "never asked for");
        assertTrue(client.users_isAppUser());
        assertTrue(client.users_isAppUser(UID));
        assertFalse(client.users_isAppUser(999L), "no such person");
    }

    @ParameterizedTest
    @EnumSource(OldJavaFlavour.class)
    void oldJavaClient_revokeExtendedPermission_goneForTheSessionAndTheApp(OldJavaFlavour flavour) throws Exception {
        String sessionKey = logInWithPermissions(flavour);
        IFacebookRestClient<?> client = flavour.client(restServer(), API_KEY, SECRET, sessionKey);

        assertTrue(client.auth_revokeExtendedPermission(Permission.EMAIL), "held, now gone");
        assertFalse(client.users_hasAppPermission(Permission.EMAIL));
        assertFalse(client.users_hasAppPermission(Permission.EMAIL, UID));
        assertEquals(Map.of("uid", "8060", "email", ""), flavour.firstRow(client, emailOf(client)));
        assertFalse(client.auth_revokeExtendedPermission(Permission.EMAIL), "no longer held");
        assertTrue(client.users_hasAppPermission(Permission.OFFLINE_ACCESS), "the other permission stays");

        assertTrue(client.auth_revokeExtendedPermission(Permission.OFFLINE_ACCESS, UID));
        IFacebookRestClient<?> resumed = flavour.client(restServer(), API_KEY, SECRET, sessionKey);
        FacebookException ended = assertThrows(FacebookException.class, resumed::users_getLoggedInUser);
        assertEquals(102, ended.getCode(), "revoking offline_access ends the session");
        assertFalse(client.users_hasAppPermission(Permission.OFFLINE_ACCESS, UID));
        assertTrue(client.users_isAppUser(UID), "the app itself stays authorized");
    }

    /** users.getInfo for email: no ProfileField names it, so the field-name overload of the client. */
    private static Object emailOf(IFacebookRestClient<?> client) throws FacebookException {
        Set<CharSequence> fields = new LinkedHashSet<>(List.of("email"));
        return client.users_getInfo(List.of(UID), fields);
    }
}
