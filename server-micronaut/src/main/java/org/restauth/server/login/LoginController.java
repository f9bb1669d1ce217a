package org.restauth.server.login;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.restauth.core.api.Failures;
import org.restauth.core.wire.MalformedRequestException;
import org.restauth.server.api.ClientAddresses;
import org.restauth.server.api.RawRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /login.php}: GET shows the form, POST logs in and allows (or cancels). Parameters are read from the raw
 * query and body like the API's ({@code popup} may come without a value). Work runs on the blocking pool:
 * password hashing is slow on purpose and stores may do I/O.
 */
@Controller
public class LoginController {
    private static final Logger LOG = LoggerFactory.getLogger(LoginController.class);

    private final LoginInput input;
    private final LoginAnswers answers;
    private final ExecutorService blocking;
    private final ClientAddresses addresses;

    LoginController(LoginInput input, LoginAnswers answers, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                    ClientAddresses addresses) {
        this.input = input;
        this.answers = answers;
        this.blocking = blocking;
        this.addresses = addresses;
    }

    @Get("/login.php")
    CompletableFuture<MutableHttpResponse<String>> show(HttpRequest<?> request) {
        return input.read(request).thenApplyAsync(params -> answers.show(request, params), withRequestContext());
    }

    @Post(value = "/login.php", consumes = MediaType.ALL)
    CompletableFuture<MutableHttpResponse<String>> submit(HttpRequest<?> request) {
        Map<String, String> formCookies = new HashMap<>();
        for (Cookie cookie : request.getCookies().getAll()) {
            if (cookie.getName().startsWith(CsrfGuard.COOKIE)) {
                formCookies.putIfAbsent(cookie.getName(), cookie.getValue());
            }
        }
        CsrfGuard.Submission submission = new CsrfGuard.Submission(formCookies,
                request.getHeaders().get(HttpHeaders.ORIGIN), request.getHeaders().get(HttpHeaders.REFERER),
                addresses.secure(request), request.getHeaders().get(HttpHeaders.HOST));
        // the same rule as the API's: the TCP peer, or the proxy's X-Forwarded-For entry when trusted
        String address = addresses.of(request);
        return input.read(request).thenApplyAsync(params -> answers.submit(request, params, submission, address),
                withRequestContext());
    }

    /** The blocking pool, running each task in this request's context (its request id in the log's MDC). */
    private Executor withRequestContext() {
        PropagatedContext context = PropagatedContext.getOrEmpty();
        return task -> blocking.execute(context.wrap(task));
    }

    /** The short alias: one canonical path, so the CSRF cookie (Path=/login.php) always comes back. */
    @Get("/login")
    HttpResponse<?> alias(HttpRequest<?> request) {
        String query = RawRequest.query(request);
        return answers.headers(HttpResponse.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, query.isEmpty() ? "/login.php" : "/login.php?" + query));
    }

    /** Anything these routes throw: a page for people, never a stack trace. */
    @Error
    MutableHttpResponse<String> onError(HttpRequest<?> request, Throwable failure) {
        Throwable cause = Failures.cause(failure);
        if (cause instanceof MalformedRequestException) {
            return answers.page(request, Messages.malformed());
        }
        LOG.error("login page failure: {}", cause.getClass().getName(), cause);
        return answers.page(request, Messages.unexpected());
    }
}
