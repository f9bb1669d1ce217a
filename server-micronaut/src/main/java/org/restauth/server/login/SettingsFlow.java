package org.restauth.server.login;

import static org.restauth.server.login.PersonPages.first;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.restauth.core.app.Application;
import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.grant.ConsentService;
import org.restauth.core.grant.Grant;
import org.restauth.core.request.Param;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;

/**
 * {@code /settings/applications}, Facebook's "Application Settings": the person's allowed applications with their
 * permissions and since when; removing one permission or the whole application ends every session of that
 * application for the person at once.
 */
@Singleton
final class SettingsFlow {
    static final String PATH = "/settings/applications";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ApplicationRegistry applications;
    private final ConsentService consent;
    private final PersonStore people;
    private final PersonPages pages;

    SettingsFlow(ApplicationRegistry applications, ConsentService consent, PersonStore people, PersonPages pages) {
        this.applications = applications;
        this.consent = consent;
        this.people = people;
        this.pages = pages;
    }

    MutableHttpResponse<String> answer(HttpRequest<?> request, List<Param> params, boolean post, String address) {
        ConsentPages.Carried none = new ConsentPages.Carried("", "", "", "", "");
        return pages.answer(request, params, post, address, error -> ConsentPages.login(PATH, none, null, error),
                new PersonPages.Answers() {
                    @Override
                    public MutableHttpResponse<String> loggedIn(long uid, String key) {
                        return pages.write(ConsentPages.redirect(PATH, null), request);
                    }

                    @Override
                    public MutableHttpResponse<String> visit(long uid, String key, boolean post, String action) {
                        return post ? changed(request, params, uid, action) : pages.write(list(uid, key), request);
                    }
                });
    }

    /** The change, then back to the list; a logout ends the person session. */
    private MutableHttpResponse<String> changed(HttpRequest<?> request, List<Param> params, long uid, String action) {
        change(uid, action, first(params, "api_key"), first(params, "perm"));
        MutableHttpResponse<String> response = pages.write(ConsentPages.redirect(PATH, null), request);
        if (action.equals("logout")) {
            pages.endSession(request, response);
        }
        return response;
    }

    private void change(long uid, String action, String apiKey, String perm) {
        if (apiKey == null || apiKey.isEmpty()) {
            return;
        }
        if (action.equals("remove_app")) {
            consent.removeApplication(uid, apiKey);
        } else if (action.equals("remove_perm") && perm != null) {
            consent.removePermission(uid, apiKey, perm);
        }
    }

    private Page list(long uid, String key) {
        Person person = people.byUid(uid).orElse(null);
        List<Map<String, Object>> apps = new ArrayList<>();
        for (Grant grant : consent.grantsOf(uid)) {
            Map<String, Object> app = new HashMap<>();
            app.put("apiKey", grant.apiKey());
            app.put("name", applications.find(grant.apiKey()).map(Application::displayName).orElse(grant.apiKey()));
            app.put("since", WHEN.format(grant.authorizedSince()));
            List<Map<String, String>> perms = new ArrayList<>();
            grant.permissions().forEach((name, at) -> perms.add(Map.of("name", name, "since", WHEN.format(at),
                    "words", person == null ? name : ConsentPages.describe(name, person))));
            app.put("permissions", perms);
            apps.add(app);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("personName", person == null ? "" : person.profile().name().isEmpty()
                ? person.email() : person.profile().name());
        model.put("apps", apps);
        model.put("formToken", pages.formToken(key));
        return ConsentPages.page(ConsentPages.APPLICATIONS, model, null);
    }
}
