package org.restauth.server.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.request.Param;

/**
 * One login request from parameters to HTTP answer: the CSRF check on POST, the flow, and a store that is down
 * (ApiException SERVICE_UNAVAILABLE) shown as "temporarily unavailable" with 503.
 */
@Singleton
class LoginAnswers {
    private final LoginFlow flow;
    private final CsrfGuard csrf;
    private final PageWriter writer;

    LoginAnswers(LoginFlow flow, CsrfGuard csrf, PageWriter writer) {
        this.flow = flow;
        this.csrf = csrf;
        this.writer = writer;
    }

    MutableHttpResponse<String> show(HttpRequest<?> request, List<Param> params) {
        LoginRequest login = LoginRequest.from(params);
        return writer.write(guarded(() -> flow.show(login)), request, login.framed());
    }

    MutableHttpResponse<String> submit(HttpRequest<?> request, List<Param> params, CsrfGuard.Submission submission,
                                       String clientAddress) {
        LoginRequest login = LoginRequest.from(params);
        Page page;
        if (!csrf.allows(submission, login.authToken())) {
            page = Messages.forbidden();
        } else if (login.cancel()) {
            page = flow.cancel(login);
        } else {
            page = guarded(() -> flow.submit(login, clientAddress));
        }
        return writer.write(page, request, login.framed());
    }

    /** A page without request parameters (errors): never framed. */
    MutableHttpResponse<String> page(HttpRequest<?> request, Page page) {
        return writer.write(page, request, false);
    }

    /** The login headers on an answer that has no page (the alias redirect). */
    <T> MutableHttpResponse<T> headers(MutableHttpResponse<T> response) {
        SecurityHeaders.apply(response, false, Optional.empty());
        return response;
    }

    private static Page guarded(Supplier<Page> step) {
        try {
            return step.get();
        } catch (ApiException e) {
            if (e.error() == ApiError.SERVICE_UNAVAILABLE) {
                return Messages.unavailable(null);
            }
            throw e;
        }
    }
}
