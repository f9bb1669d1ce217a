package org.restauth.server.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.session.SessionStore;
import org.restauth.core.user.PersonStore;

/**
 * The unmodified WWW::Facebook::API 0.4.18 (apt libwww-facebook-api-perl) against the running server, with the
 * fixture's session: what it reads is what Dave's profile and grant say.
 */
@MicronautTest(environments = "identity")
class PerlClientTest {
    @Inject
    EmbeddedServer server;
    @Inject
    PersonStore people;
    @Inject
    GrantStore grants;
    @Inject
    SessionStore sessions;

    @BeforeEach
    void fixture() {
        IdentityFixture.reset(people, grants, sessions);
        grants.grant(IdentityFixture.UID, IdentityFixture.API_KEY, Set.of("email"), Instant.now());
    }

    @Test
    void perlClient_identityCalls_answerWhatProfileAndGrantSay() throws Exception {
        List<String> lines = run(server.getURI().resolve("/restserver.php").toString());

        assertEquals(List.of("uid=8055", "name=Dave Fetterman", "pic_square=[]", "locale=en_US", "has_email=1",
                "is_app_user=1", "revoke_email=1", "has_email_after=0"), lines);
    }

    private static List<String> run(String uri) throws IOException, InterruptedException, URISyntaxException {
        Path script = Path.of(PerlClientTest.class.getResource("/perl/identity-calls.pl").toURI());
        Process perl = new ProcessBuilder("perl", script.toString(), uri, IdentityFixture.API_KEY,
                IdentityFixture.SECRET, IdentityFixture.SESSION).redirectErrorStream(true).start();
        String out = new String(perl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!perl.waitFor(60, TimeUnit.SECONDS) || perl.exitValue() != 0) {
            throw new AssertionError("perl failed: " + out);
        }
        return out.lines().toList();
    }
}
