package org.restauth.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.ResponseFormat;

/** One renderer is shared by every request thread of a server. */
class ResponseRendererConcurrencyTest {
    private final ResponseRenderer renderer = new ResponseRenderer();

    @Test
    void render_sharedAcrossThreads_givesTheSameBytesAsAlone() throws Exception {
        List<ApiResponse> responses = List.of(
                TestResponses.token(TestResponses.XML),
                TestResponses.session(true, TestResponses.JSON),
                TestResponses.error(ApiError.INCORRECT_SIGNATURE, TestResponses.STRINGS),
                TestResponses.error(ApiError.INVALID_PARAMETER, TestResponses.jsonp(ResponseFormat.XML)));
        List<RenderedResponse> alone = responses.stream().map(renderer::render).toList();
        List<Callable<RenderedResponse>> tasks = IntStream.range(0, 2000)
                .mapToObj(i -> (Callable<RenderedResponse>) () -> renderer.render(responses.get(i % responses.size())))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RenderedResponse>> results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                assertEquals(alone.get(i % responses.size()), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
