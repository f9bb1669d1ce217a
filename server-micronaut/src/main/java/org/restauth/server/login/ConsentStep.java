package org.restauth.server.login;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.restauth.core.grant.ConsentRedirect;
import org.restauth.core.grant.ConsentService;
import org.restauth.core.grant.ExtendedPermission;
import org.restauth.core.login.LoginResult;

/**
 * login.php's {@code req_perms}: after the person logged in and allowed the app, the permissions not yet granted
 * are asked for on the consent page (the person now logged in to this server), which then goes on to where the
 * login would have gone. Don't Allow goes there too: the login stands, only the permissions are declined.
 */
@Singleton
final class ConsentStep {
    private final ConsentService consent;
    private final PersonSessions sessions;

    ConsentStep(ConsentService consent, PersonSessions sessions) {
        this.consent = consent;
        this.sessions = sessions;
    }

    Page after(LoginResult.Ready ready, String permissions, Page done) {
        List<String> pending = consent.pending(ready.uid(), ready.app().apiKey(), ExtendedPermission.knownOf(permissions));
        if (pending.isEmpty()) {
            return done;
        }
        Optional<String> key = sessions.start(ready.uid());
        if (key.isEmpty()) {
            return done;
        }
        String next = done.redirect().map(URI::toString).orElse(ConsentRedirect.SUCCESS_PAGE);
        String prompt = ConsentController.PROMPTS + "?api_key=" + encode(ready.app().apiKey()) + "&ext_perm="
                + encode(String.join(",", pending)) + "&next=" + encode(next) + "&cancel=" + encode(next);
        return ConsentPages.redirect(prompt, ready.app()).withPersonSession(key.get());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
