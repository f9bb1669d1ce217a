package org.restauth.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** A call the store's full call queue refused is answered error 2 ("try again"), not error 1. */
@MicronautTest(environments = "apps")
class CallQueueFullTest {
    @Inject
    ApiController controller;

    @Test
    void onError_callRejectedByFullQueue_answersError2Xml() {
        HttpResponse<byte[]> answer = controller.onError(HttpRequest.POST("/restserver.php", ""),
                new CompletionException(new RejectedExecutionException("queue full")));

        assertEquals(200, answer.code());
        assertEquals(Expected.xmlError(2, "Service temporarily unavailable", List.of()),
                new String(answer.body(), StandardCharsets.UTF_8));
    }
}
