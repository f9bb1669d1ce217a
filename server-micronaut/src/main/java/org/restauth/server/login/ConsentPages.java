package org.restauth.server.login;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restauth.core.app.Application;
import org.restauth.core.grant.ExtendedPermission;
import org.restauth.core.user.Person;

/** The pages of the consent and settings flows, as {@link Page}s for {@link PageWriter}. */
final class ConsentPages {
    static final String CONSENT = "identity/consent";
    static final String PERSON_LOGIN = "identity/person-login";
    static final String APPLICATIONS = "identity/applications";

    private ConsentPages() {
    }

    /** The request's own parameters, carried through the page's forms (Thymeleaf escapes them). */
    record Carried(String apiKey, String extPerm, String next, String cancel, String display) {
    }

    static Page login(String action, Carried carried, Application app, String error) {
        Map<String, Object> model = carriedModel(carried);
        model.put("action", action);
        model.put("appName", app == null ? "" : app.displayName());
        model.put("error", error == null ? "" : error);
        return page(PERSON_LOGIN, model, app);
    }

    static Page consent(String action, Carried carried, Application app, Person person, List<String> pending,
                        boolean authorize, String formToken) {
        Map<String, Object> model = carriedModel(carried);
        model.put("action", action);
        model.put("appName", app.displayName());
        model.put("personName", person.profile().name().isEmpty() ? person.email() : person.profile().name());
        List<String> lines = new ArrayList<>();
        if (authorize) {
            lines.add("Let " + app.displayName() + " know who you are: your name, picture and locale");
        }
        pending.forEach(name -> lines.add(describe(name, person)));
        model.put("lines", lines);
        model.put("pending", String.join(",", pending));
        model.put("formToken", formToken);
        return page(CONSENT, model, app);
    }

    /** Plain words for one permission. */
    static String describe(String name, Person person) {
        if (name.equals(ExtendedPermission.EMAIL)) {
            return "Share your email address: " + person.email();
        }
        if (name.equals(ExtendedPermission.OFFLINE_ACCESS)) {
            return "Stay signed in until you remove the app";
        }
        return name.replace('_', ' ') + ": this server has no such feature; this only records your consent";
    }

    static Page redirect(String location, Application app) {
        return new Page(302, "", Map.of(), Optional.empty(), Optional.of(URI.create(location)), Optional.ofNullable(app));
    }

    static Page page(String view, Map<String, Object> model, Application app) {
        return new Page(200, view, model, Optional.empty(), Optional.empty(), Optional.ofNullable(app));
    }

    private static Map<String, Object> carriedModel(Carried carried) {
        Map<String, Object> model = new HashMap<>();
        model.put("apiKey", nonNull(carried.apiKey()));
        model.put("extPerm", nonNull(carried.extPerm()));
        model.put("next", nonNull(carried.next()));
        model.put("cancel", nonNull(carried.cancel()));
        model.put("display", nonNull(carried.display()));
        return model;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
