package org.restauth.server.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
    private final PersonSessions sessions;
    private final PersonLogin login;
    private final PageWriter writer;

    SettingsFlow(ApplicationRegistry applications, ConsentService consent, PersonStore people, PersonSessions sessions,
                 PersonLogin login, PageWriter writer) {
        this.applications = applications;
        this.consent = consent;
        this.people = people;
        this.sessions = sessions;
        this.login = login;
        this.writer = writer;
    }

    MutableHttpResponse<String> answer(HttpRequest<?> request, List<Param> params, boolean post, String address) {
        String action = post ? Optional.ofNullable(first(params, "action")).orElse("") : "";
        ConsentPages.Carried none = new ConsentPages.Carried("", "", "", "", "");
        if (action.equals("login")) {
            if (!login.sameOrigin(request)) {
                return writer.write(Messages.forbidden(), request, false);
            }
            OptionalLong uid = login.authenticate(first(params, "email"), first(params, "pass"), address);
            Optional<String> key = uid.isPresent() ? sessions.start(uid.getAsLong()) : Optional.empty();
            if (key.isEmpty()) {
                return writer.write(ConsentPages.login(PATH, none, null, Messages.BAD_CREDENTIALS), request, false);
            }
            MutableHttpResponse<String> response = writer.write(ConsentPages.redirect(PATH, null), request, false);
            sessions.setCookie(key.get(), request, response);
            return response;
        }
        Optional<String> key = sessions.key(request);
        OptionalLong uid = sessions.uid(request);
        if (uid.isEmpty()) {
            return writer.write(post ? Messages.forbidden() : ConsentPages.login(PATH, none, null, null), request, false);
        }
        if (!post) {
            return writer.write(list(uid.getAsLong(), key.get()), request, false);
        }
        if (!login.allows(request, key.get(), first(params, "form_token"))) {
            return writer.write(Messages.forbidden(), request, false);
        }
        change(uid.getAsLong(), action, first(params, "api_key"), first(params, "perm"));
        MutableHttpResponse<String> response = writer.write(ConsentPages.redirect(PATH, null), request, false);
        if (action.equals("logout")) {
            sessions.end(request, response);
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
        model.put("formToken", login.formToken(key));
        return ConsentPages.page(ConsentPages.APPLICATIONS, model, null);
    }

    private static String first(List<Param> params, String key) {
        return params.stream().filter(p -> p.key().equals(key)).map(Param::value).findFirst().orElse(null);
    }
}
