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

/** {@code /settings/applications}: the person's own page of allowed applications. */
@Controller
public class SettingsController {
    private final LoginInput input;
    private final SettingsFlow flow;
    private final ExecutorService blocking;
    private final ClientAddresses addresses;

    SettingsController(LoginInput input, SettingsFlow flow, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                       ClientAddresses addresses) {
        this.input = input;
        this.flow = flow;
        this.blocking = blocking;
        this.addresses = addresses;
    }

    @Get(SettingsFlow.PATH)
    CompletableFuture<MutableHttpResponse<String>> show(HttpRequest<?> request) {
        return answer(request, false);
    }

    @Post(value = SettingsFlow.PATH, consumes = MediaType.ALL)
    CompletableFuture<MutableHttpResponse<String>> change(HttpRequest<?> request) {
        return answer(request, true);
    }

    private CompletableFuture<MutableHttpResponse<String>> answer(HttpRequest<?> request, boolean post) {
        String address = addresses.of(request);
        return input.read(request).thenApplyAsync(params -> flow.answer(request, params, post, address), blocking);
    }
}
