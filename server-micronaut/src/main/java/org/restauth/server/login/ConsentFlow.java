package org.restauth.server.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.restauth.core.app.Application;
import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.grant.ConsentRedirect;
import org.restauth.core.grant.ConsentService;
import org.restauth.core.grant.ExtendedPermission;
import org.restauth.core.grant.Grant;
import org.restauth.core.login.LoginFailure;
import org.restauth.core.login.LoginResult;
import org.restauth.core.request.Param;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;

/**
 * The permission prompt ({@code authorize.php}, {@code connect/prompt_permission(s).php}, and login.php's
 * {@code req_perms}): for a person logged in to this server, one line per requested permission not yet granted,
 * Allow or Don't Allow; nothing is granted before Allow. Redirects only to {@link ConsentRedirect}'s targets.
 */
@Singleton
final class ConsentFlow {
    private final ApplicationRegistry applications;
    private final ConsentService consent;
    private final PersonStore people;
    private final PersonSessions sessions;
    private final PersonLogin login;
    private final PageWriter writer;

    ConsentFlow(ApplicationRegistry applications, ConsentService consent, PersonStore people, PersonSessions sessions,
                PersonLogin login, PageWriter writer) {
        this.applications = applications;
        this.consent = consent;
        this.people = people;
        this.sessions = sessions;
        this.login = login;
        this.writer = writer;
    }

    MutableHttpResponse<String> answer(String path, HttpRequest<?> request, List<Param> params, boolean post,
                                       String clientAddress) {
        ConsentPages.Carried carried = new ConsentPages.Carried(first(params, "api_key"),
                String.join(",", requested(params)), first(params, "next"), cancelTarget(params), first(params, "display"));
        Application app = carried.apiKey() == null ? null : applications.find(carried.apiKey()).orElse(null);
        if (app == null) {
            return writer.write(Messages.refused(new LoginResult.Refused(LoginFailure.UNKNOWN_APPLICATION, null)), request, false);
        }
        String action = post ? Optional.ofNullable(first(params, "action")).orElse("") : "";
        if (action.equals("login")) {
            return logIn(path, request, params, carried, app, clientAddress);
        }
        Optional<String> key = sessions.key(request);
        OptionalLong uid = sessions.uid(request);
        if (uid.isEmpty()) {
            return writer.write(post ? Messages.forbidden() : ConsentPages.login(path, carried, app, null), request, false);
        }
        if (post && !login.allows(request, key.get(), first(params, "form_token"))) {
            return writer.write(Messages.forbidden(), request, false);
        }
        if (action.equals("deny")) {
            return writer.write(leave(carried.cancel(), app, List.of(), false), request, false);
        }
        if (action.equals("allow")) {
            Grant grant = consent.allow(uid.getAsLong(), app.apiKey(), ExtendedPermission.knownOf(carried.extPerm()));
            return writer.write(leave(carried.next(), app, held(grant, carried), true), request, false);
        }
        return show(path, request, carried, app, uid.getAsLong(), key.get());
    }

    /** The prompt, or straight on to {@code next} when everything asked for is already granted. */
    private MutableHttpResponse<String> show(String path, HttpRequest<?> request, ConsentPages.Carried carried,
                                             Application app, long uid, String key) {
        List<String> pending = consent.pending(uid, app.apiKey(), ExtendedPermission.knownOf(carried.extPerm()));
        boolean authorize = consent.needsAuthorization(uid, app.apiKey());
        Optional<Person> person = people.byUid(uid);
        if (person.isEmpty()) {
            return writer.write(Messages.forbidden(), request, false);
        }
        if (pending.isEmpty() && !authorize) {
            List<String> granted = ExtendedPermission.knownOf(carried.extPerm());
            return writer.write(leave(carried.next(), app, granted, true), request, false);
        }
        return writer.write(ConsentPages.consent(path, carried, app, person.get(), pending, authorize,
                login.formToken(key)), request, false);
    }

    private MutableHttpResponse<String> logIn(String path, HttpRequest<?> request, List<Param> params,
                                              ConsentPages.Carried carried, Application app, String clientAddress) {
        if (!login.sameOrigin(request)) {
            return writer.write(Messages.forbidden(), request, false);
        }
        OptionalLong uid = login.authenticate(first(params, "email"), first(params, "pass"), clientAddress);
        Optional<String> key = uid.isPresent() ? sessions.start(uid.getAsLong()) : Optional.empty();
        if (key.isEmpty()) {
            return writer.write(ConsentPages.login(path, carried, app, Messages.BAD_CREDENTIALS), request, false);
        }
        MutableHttpResponse<String> response = show(path, request, carried, app, uid.getAsLong(), key.get());
        sessions.setCookie(key.get(), request, response);
        return response;
    }

    /** To an allowed target, else a page saying the window may be closed. */
    private static Page leave(String target, Application app, List<String> granted, boolean allowed) {
        Optional<String> location = ConsentRedirect.target(target, app.callbackUrl(), granted);
        if (location.isPresent()) {
            return ConsentPages.redirect(location.get(), app);
        }
        return allowed ? Messages.succeeded(app) : Messages.cancelled(app);
    }

    private static List<String> held(Grant grant, ConsentPages.Carried carried) {
        List<String> held = new ArrayList<>();
        ExtendedPermission.knownOf(carried.extPerm()).stream().filter(grant::holds).forEach(held::add);
        return held;
    }

    /** ext_perm and req_perms merged (desktop apps send both), known names only. */
    private static List<String> requested(List<Param> params) {
        String merged = String.join(",", Optional.ofNullable(first(params, "ext_perm")).orElse(""),
                Optional.ofNullable(first(params, "req_perms")).orElse(""));
        return ExtendedPermission.knownOf(merged);
    }

    private static String cancelTarget(List<Param> params) {
        for (String key : List.of("cancel", "next_cancel", "cancel_url")) {
            String value = first(params, key);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static String first(List<Param> params, String key) {
        return params.stream().filter(p -> p.key().equals(key)).map(Param::value).findFirst().orElse(null);
    }
}
