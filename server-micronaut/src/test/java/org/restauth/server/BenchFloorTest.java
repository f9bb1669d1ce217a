package org.restauth.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.Calls.createToken;
import static org.restauth.server.Calls.p;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restauth.core.request.Param;

/**
 * {@code /bench/floor/xml} and {@code /json} (bench/http.sh): the answer of a real auth.createToken, token aside,
 * byte for byte with the same headers, whether the body arrived at once or in two pieces.
 */
@MicronautTest(environments = "apps")
@Property(name = "restauth.bench.baseline", value = "true")
class BenchFloorTest {
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
    private static final String FLOOR_TOKEN = "0123456789abcdef0123456789abcdef";

    @Inject
    EmbeddedServer server;

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void floor_answersWhatCreateTokenAnswers_withAConstantToken(String format) {
        ApiClient client = new ApiClient(server.getURI());
        List<Param> call = createToken(p("format", format));
        ApiClient.Answer real = client.postForm("/restserver.php", List.of(), call);
        ApiClient.Answer floor = client.postForm("/bench/floor/" + format, List.of(), call);

        assertEquals(200, floor.status());
        assertEquals(real.contentType(), floor.contentType());
        assertEquals("nosniff", floor.noSniff());
        assertTrue(TOKEN.matcher(real.body()).find(), real.body());
        assertEquals(TOKEN.matcher(real.body()).replaceFirst(FLOOR_TOKEN), floor.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void floor_waitsForABodyThatArrivesInTwoPieces(String format) {
        ApiClient client = new ApiClient(server.getURI());
        ApiClient.Answer floor = client.postFormInTwoPieces("/bench/floor/" + format,
                createToken(p("format", format)), 300);

        assertEquals(200, floor.status());
        assertTrue(floor.body().contains(FLOOR_TOKEN), floor.body());
    }
}
