package org.restauth.server.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.restauth.core.request.Param;

/**
 * The opening the consent and settings pages share: who is asking (the person session of the cookie, or the
 * page's own login form just submitted), a login form for anyone else, and no POST without the session's form
 * token from our own origin. Each page then says what it answers ({@link Answers}).
 */
@Singleton
final class PersonPages {
    private final PersonSessions sessions;
    private final PersonLogin login;
    private final PageWriter writer;

    PersonPages(PersonSessions sessions, PersonLogin login, PageWriter writer) {
        this.sessions = sessions;
        this.login = login;
        this.writer = writer;
    }

    /** One page's answers to a person logged in to this server ({@code key}: their person session). */
    interface Answers {
        /** Right after the page's own login form logged the person in; the session cookie is added to it. */
        MutableHttpResponse<String> loggedIn(long uid, String key);

        /** A GET ({@code action} empty), or a POST whose form token was checked. */
        MutableHttpResponse<String> visit(long uid, String key, boolean post, String action);
    }

    /** @param loginForm the page's login form, with the error to show (null for none) */
    MutableHttpResponse<String> answer(HttpRequest<?> request, List<Param> params, boolean post, String address,
                                       Function<String, Page> loginForm, Answers answers) {
        String action = post ? Optional.ofNullable(first(params, "action")).orElse("") : "";
        if (action.equals("login")) {
            if (!login.sameOrigin(request)) {
                return write(Messages.forbidden(), request);
            }
            OptionalLong uid = login.authenticate(first(params, "email"), first(params, "pass"), address);
            Optional<String> key = uid.isPresent() ? sessions.start(uid.getAsLong()) : Optional.empty();
            if (key.isEmpty()) {
                return write(loginForm.apply(Messages.BAD_CREDENTIALS), request);
            }
            MutableHttpResponse<String> response = answers.loggedIn(uid.getAsLong(), key.get());
            sessions.setCookie(key.get(), request, response);
            return response;
        }
        Optional<String> key = sessions.key(request);
        OptionalLong uid = sessions.uid(request);
        if (uid.isEmpty()) {
            return write(post ? Messages.forbidden() : loginForm.apply(null), request);
        }
        if (post && !login.allows(request, key.get(), first(params, "form_token"))) {
            return write(Messages.forbidden(), request);
        }
        return answers.visit(uid.getAsLong(), key.get(), post, action);
    }

    MutableHttpResponse<String> write(Page page, HttpRequest<?> request) {
        return writer.write(page, request, false);
    }

    /** The hidden field's value for this person session's forms. */
    String formToken(String key) {
        return login.formToken(key);
    }

    /** Logs the person out: the session ends and its cookie is cleared on {@code response}. */
    void endSession(HttpRequest<?> request, MutableHttpResponse<?> response) {
        sessions.end(request, response);
    }

    static String first(List<Param> params, String key) {
        return params.stream().filter(p -> p.key().equals(key)).map(Param::value).findFirst().orElse(null);
    }
}
