package org.restauth.server.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.identity.IdentityFixture.API_KEY;
import static org.restauth.server.identity.IdentityFixture.SECRET;
import static org.restauth.server.identity.IdentityFixture.SESSION;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restauth.core.crypto.Secret;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;
import org.restauth.core.session.SessionStore;
import org.restauth.core.user.PersonStore;

/** Hostile values of the identity layer's parameters over HTTP: protocol errors, never a 5xx, nothing stored. */
@MicronautTest(environments = "identity")
class IdentityHostileInputTest {
    private static final String ONE_THOUSAND_AND_ONE = IntStream.rangeClosed(1, 1001).mapToObj(Integer::toString)
            .collect(Collectors.joining(","));
    private static final String TEN_THOUSAND = IntStream.rangeClosed(1, 10_000).mapToObj(Integer::toString)
            .collect(Collectors.joining(","));

    @Inject
    EmbeddedServer server;
    @Inject
    PersonStore people;
    @Inject
    GrantStore grants;
    @Inject
    SessionStore sessions;

    private IdentityHttp http;

    @BeforeEach
    void fixture() {
        IdentityFixture.reset(people, grants, sessions);
        http = new IdentityHttp(server.getURI());
    }

    private HttpResponse<String> call(String method, String... keyValues) {
        List<Param> params = new ArrayList<>(List.of(new Param("method", method), new Param("api_key", API_KEY),
                new Param("session_key", SESSION), new Param("format", "json")));
        for (int i = 0; i < keyValues.length; i += 2) {
            params.add(new Param(keyValues[i], keyValues[i + 1]));
        }
        params.add(new Param("sig", Signature.sign(params, Secret.of(SECRET))));
        return http.post(params);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ONE_THOUSAND_AND_ONE", "-8055", "0", "99999999999999999999999", "[8055", "[8055,]", "[[8055]]",
            "[\"<script>\"]", "8055,,8056", "[{}]"})
    void getInfo_hostileUids_error100AndNoEcho(String uids) {
        String value = uids.equals("ONE_THOUSAND_AND_ONE") ? ONE_THOUSAND_AND_ONE : uids;

        HttpResponse<String> answer = call("users.getInfo", "uids", value, "fields", "name");

        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().startsWith("{\"error_code\":100,"), answer.body());
        assertFalse(answer.body().contains("<script>"), "echoed unescaped");
    }

    /** 10 000 uids are larger than the server takes in one value: refused before the API, never with a 5xx. */
    @org.junit.jupiter.api.Test
    void getInfo_tenThousandUids_refusedWithoutA5xx() {
        HttpResponse<String> answer = call("users.getInfo", "uids", TEN_THOUSAND, "fields", "name");

        assertTrue(answer.statusCode() == 413 || answer.statusCode() == 200
                && answer.body().startsWith("{\"error_code\":10"), answer.statusCode() + " " + answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "bogus", "root,email", ""})
    void revokeOrAsk_unknownPermissions_error100OrZeroNothingStored(String perm) {
        HttpResponse<String> revoke = call("auth.revokeExtendedPermission", "perm", perm);
        HttpResponse<String> ask = call("users.hasAppPermission", "ext_perm", perm);

        assertEquals(200, revoke.statusCode());
        assertTrue(revoke.body().startsWith("{\"error_code\":100,"), revoke.body());
        assertFalse(revoke.body().contains("<script>"));
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().equals("0") || ask.body().startsWith("{\"error_code\":100,"), ask.body());
        assertEquals(java.util.Map.of(), grants.find(IdentityFixture.UID, API_KEY).orElseThrow().permissions());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "bogus,are_friends", "[\"x\"]"})
    void getInfo_unknownFields_onlyUid(String fields) {
        assertEquals("[{\"uid\":8055}]", call("users.getInfo", "uids", "8055", "fields", fields).body());
    }
}
