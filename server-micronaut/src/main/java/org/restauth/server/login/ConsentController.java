package org.restauth.server.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.restauth.server.api.ClientAddresses;

/**
 * The era's permission prompts: {@code authorize.php} (2007-08), {@code connect/prompt_permission.php} and
 * {@code connect/prompt_permissions.php}; and the two pages a Connect login ends on.
 */
@Controller
public class ConsentController {
    static final String AUTHORIZE = "/authorize.php";
    static final String PROMPT = "/connect/prompt_permission.php";
    static final String PROMPTS = "/connect/prompt_permissions.php";

    private final LoginInput input;
    private final ConsentFlow flow;
    private final ExecutorService blocking;
    private final ClientAddresses addresses;
    private final PageWriter writer;

    ConsentController(LoginInput input, ConsentFlow flow, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                      ClientAddresses addresses, PageWriter writer) {
        this.input = input;
        this.flow = flow;
        this.blocking = blocking;
        this.addresses = addresses;
        this.writer = writer;
    }

    @Get(AUTHORIZE)
    CompletableFuture<MutableHttpResponse<String>> authorize(HttpRequest<?> request) {
        return answer(AUTHORIZE, request, false);
    }

    @Post(value = AUTHORIZE, consumes = MediaType.ALL)
    CompletableFuture<MutableHttpResponse<String>> authorizePost(HttpRequest<?> request) {
        return answer(AUTHORIZE, request, true);
    }

    @Get(PROMPT)
    CompletableFuture<MutableHttpResponse<String>> prompt(HttpRequest<?> request) {
        return answer(PROMPT, request, false);
    }

    @Post(value = PROMPT, consumes = MediaType.ALL)
    CompletableFuture<MutableHttpResponse<String>> promptPost(HttpRequest<?> request) {
        return answer(PROMPT, request, true);
    }

    @Get(PROMPTS)
    CompletableFuture<MutableHttpResponse<String>> prompts(HttpRequest<?> request) {
        return answer(PROMPTS, request, false);
    }

    @Post(value = PROMPTS, consumes = MediaType.ALL)
    CompletableFuture<MutableHttpResponse<String>> promptsPost(HttpRequest<?> request) {
        return answer(PROMPTS, request, true);
    }

    @Get("/connect/login_success.html")
    MutableHttpResponse<String> success(HttpRequest<?> request) {
        return writer.write(Page.message(200, "Done", "You may close this window.", null), request, false);
    }

    @Get("/connect/login_failure.html")
    MutableHttpResponse<String> failure(HttpRequest<?> request) {
        return writer.write(Page.message(200, "Cancelled", "Nothing was allowed. You may close this window.", null),
                request, false);
    }

    private CompletableFuture<MutableHttpResponse<String>> answer(String path, HttpRequest<?> request, boolean post) {
        String address = addresses.of(request);
        return input.read(request).thenApplyAsync(params -> flow.answer(path, request, params, post, address),
                blocking);
    }
}
