package org.restauth.server.metrics;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Locale;
import org.restauth.core.app.Application;
import org.restauth.core.login.LoginFailure;
import org.restauth.core.login.LoginResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log, logger {@code restauth.audit}: one {@code key=value} line per login outcome, session
 * granted or ended, and grant change (people and applications are changed by the CLI, which writes its own lines
 * in this format). Values are closed words, numbers, configured names, addresses, known permission names and,
 * for grants, the api key; never a password, token, session key or secret. A failed login names no email:
 * people type their password into the email field often enough that the field is treated as one.
 */
@Singleton
public class Audit {
    static final String LOGGER = "restauth.audit";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final AppNames names;

    public Audit(AppNames names) {
        this.names = names;
    }

    /** The outcome of a login form submitted with Allow. */
    public void login(LoginResult result, String clientAddress) {
        if (result instanceof LoginResult.Ready ready) {
            LOG.info("event=login.succeeded app={} uid={} client={}", name(ready.app()), ready.uid(), clientAddress);
        } else if (result instanceof LoginResult.Refused refused) {
            String event = refused.reason() == LoginFailure.BAD_CREDENTIALS ? "login.failed" : "login.refused";
            LOG.info("event={} reason={} app={} client={}", event, refused.reason().name().toLowerCase(Locale.ROOT),
                    name(refused.app()), clientAddress);
        }
    }

    /** auth.getSession traded a token for a session (core's event; the access line of the call has the client). */
    void sessionGranted(String apiKey, long uid) {
        LOG.info("event=session.granted app={} uid={}", names.of(apiKey), uid);
    }

    /** auth.expireSession, auth.revokeAuthorization or a change of person or grant ended sessions. */
    void sessionsEnded(String apiKey, int count) {
        LOG.info("event=session.ended app={} count={}", names.of(apiKey), count);
    }

    /**
     * A person's grant for an application changed ({@code change}: authorized, permissions_granted,
     * permission_revoked, removed). Names the api key too: an application added at run time has no configured name,
     * and the key (public: every call carries it) links the line to the CLI's {@code app.added}.
     */
    void grantChanged(String change, String apiKey, long uid, Collection<String> permissions) {
        if (permissions.isEmpty()) {
            LOG.info("event=grant.{} app={} api_key={} uid={}", word(change), names.of(apiKey), apiKey, uid);
        } else {
            LOG.info("event=grant.{} app={} api_key={} uid={} permissions={}", word(change), names.of(apiKey), apiKey,
                    uid, String.join(",", permissions));
        }
    }

    private String name(Application app) {
        return app == null ? AppNames.UNKNOWN : names.of(app.apiKey());
    }

    private static String word(String action) {
        if (!action.matches("[a-z_]{1,32}")) {
            throw new IllegalArgumentException("an audit action is one lower-case word");
        }
        return action;
    }
}
