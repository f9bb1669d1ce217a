package org.restauth.server.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;

/**
 * The unmodified WWW::Facebook::API 0.4.18 as a web application through a whole login: it makes the token, the
 * person logs in with {@code req_perms=email,offline_access} and allows both on the consent page (over HTTP),
 * it gets the session; then every users.* call it has, and auth.revokeExtendedPermission, answer what Ada's
 * profile and grants say. PerlClientTest covers the same calls on a fixture session without a login.
 */
@MicronautTest(environments = "identity")
class PerlConsentClientTest {
    private static final long UID = 8061;
    private static final String PICTURE = "https://pictures.example.org/8061/square.jpg";
    private static final ClientPerson ADA = new ClientPerson(UID, "ada@example.org", "ada's own password",
            new Profile("Ada Lovelace", "Ada", "Lovelace", "en_GB", PICTURE, "0", "female", "ada", true));

    @Inject
    EmbeddedServer server;
    @Inject
    PersonStore people;
    @Inject
    GrantStore grants;

    @Test
    void perlClient_loginWithConsent_identityCallsAnswerProfileAndGrants() throws Exception {
        ADA.addTo(people);
        grants.revokeAll(UID, IdentityFixture.API_KEY);

        List<String> lines = runAfterLogin();

        assertEquals(List.of("session_uid=8061", "session_expires=0", "uid=8061", "name=Ada Lovelace",
                "pic_square=" + PICTURE, "locale=en_GB", "email=[ada@example.org]", "has_email=1",
                "has_offline_access=1", "has_publish_stream=0", "is_app_user=1", "is_app_user_999=0", "is_verified=1",
                "revoke_email=1", "has_email_after=0", "email_after=[]", "revoke_email_again=0",
                // no session_key and no uid on an auth.* call: docs/protocol.md §13's 453
                "revoke_without_session=453"), lines);
    }

    /** Runs the script; logs the person in with consent when it prints its token, then tells it to go on. */
    private List<String> runAfterLogin() throws Exception {
        Path script = Path.of(PerlConsentClientTest.class.getResource("/perl/identity-after-login.pl").toURI());
        Process perl = new ProcessBuilder("perl", script.toString(), server.getURI().resolve("/restserver.php").toString(),
                IdentityFixture.API_KEY, IdentityFixture.SECRET, String.valueOf(UID)).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(perl.getInputStream(), StandardCharsets.UTF_8));
             OutputStream in = perl.getOutputStream()) {
            String first = out.readLine();
            assertTrue(first != null && first.matches("token=[0-9a-f]{32}"), "perl said: " + first);
            String after = new ScriptedConsent(server.getURI()).logInAndAllow(IdentityFixture.API_KEY,
                    first.substring("token=".length()), ADA.email(), ADA.password(), "email,offline_access");
            assertTrue(after.startsWith("https://app.example.org/after-login?auth_token="), after);
            in.write('\n');
            in.flush();
            List<String> rest = out.lines().toList();
            if (!perl.waitFor(60, TimeUnit.SECONDS) || perl.exitValue() != 0) {
                throw new AssertionError("perl failed: " + rest);
            }
            return rest;
        } finally {
            perl.destroyForcibly();
        }
    }
}
