package org.restauth.server.login;

import static org.restauth.server.login.PersonPages.first;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final PersonPages pages;

    ConsentFlow(ApplicationRegistry applications, ConsentService consent, PersonStore people, PersonPages pages) {
        this.applications = applications;
        this.consent = consent;
        this.people = people;
        this.pages = pages;
    }

    MutableHttpResponse<String> answer(String path, HttpRequest<?> request, List<Param> params, boolean post,
                                       String clientAddress) {
        ConsentPages.Carried carried = new ConsentPages.Carried(first(params, "api_key"),
                String.join(",", requested(params)), first(params, "next"), cancelTarget(params), first(params, "display"));
        Application app = carried.apiKey() == null ? null : applications.find(carried.apiKey()).orElse(null);
        if (app == null) {
            return pages.write(Messages.refused(new LoginResult.Refused(LoginFailure.UNKNOWN_APPLICATION, null)),
                    request);
        }
        return pages.answer(request, params, post, clientAddress,
                error -> ConsentPages.login(path, carried, app, error), new PersonPages.Answers() {
                    @Override
                    public MutableHttpResponse<String> loggedIn(long uid, String key) {
                        return show(path, request, carried, app, uid, key);
                    }

                    @Override
                    public MutableHttpResponse<String> visit(long uid, String key, boolean post, String action) {
                        return ConsentFlow.this.visit(path, request, carried, app, uid, key, action);
                    }
                });
    }

    private MutableHttpResponse<String> visit(String path, HttpRequest<?> request, ConsentPages.Carried carried,
                                              Application app, long uid, String key, String action) {
        if (action.equals("deny")) {
            return pages.write(leave(carried.cancel(), app, List.of(), false), request);
        }
        if (action.equals("allow")) {
            Grant grant = consent.allow(uid, app.apiKey(), ExtendedPermission.knownOf(carried.extPerm()));
            return pages.write(leave(carried.next(), app, held(grant, carried), true), request);
        }
        return show(path, request, carried, app, uid, key);
    }

    /** The prompt, or straight on to {@code next} when everything asked for is already granted. */
    private MutableHttpResponse<String> show(String path, HttpRequest<?> request, ConsentPages.Carried carried,
                                             Application app, long uid, String key) {
        List<String> pending = consent.pending(uid, app.apiKey(), ExtendedPermission.knownOf(carried.extPerm()));
        boolean authorize = consent.needsAuthorization(uid, app.apiKey());
        Optional<Person> person = people.byUid(uid);
        if (person.isEmpty()) {
            return pages.write(Messages.forbidden(), request);
        }
        if (pending.isEmpty() && !authorize) {
            List<String> granted = ExtendedPermission.knownOf(carried.extPerm());
            return pages.write(leave(carried.next(), app, granted, true), request);
        }
        return pages.write(ConsentPages.consent(path, carried, app, person.get(), pending, authorize,
                pages.formToken(key)), request);
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
}
