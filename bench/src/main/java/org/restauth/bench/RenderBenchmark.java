package org.restauth.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseFormat;
import org.restauth.core.request.ResponseOptions;
import org.restauth.format.RenderedResponse;
import org.restauth.format.ResponseRenderer;

/**
 * {@link ResponseRenderer#render} of a createToken answer (XML, JSON, JSONP) and of an error_response
 * echoing 10 request args (XML, JSON). One shared renderer, as the adapters use it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RenderBenchmark {
    private static final String TOKEN = "3e4a22bb2f5ed75114b0fc9995ea85f1";

    private final ResponseRenderer renderer = new ResponseRenderer();
    private ApiResponse tokenXml;
    private ApiResponse tokenJson;
    private ApiResponse tokenJsonp;
    private ApiResponse errorXml;
    private ApiResponse errorJson;

    @Setup
    public void setUp() {
        List<Param> args = Fixtures.createTokenCall("xml");
        ApiResult token = new ApiResult.Text(TOKEN);
        tokenXml = new ApiResponse("auth.createToken", token, ResponseOptions.of(ResponseFormat.XML), args);
        tokenJson = new ApiResponse("auth.createToken", token, ResponseOptions.of(ResponseFormat.JSON), args);
        tokenJsonp = new ApiResponse("auth.createToken", token,
                ResponseOptions.jsonp(ResponseFormat.JSON, "FB.ApiClient._callbacks.cb42"), args);
        List<Param> tenArgs = Fixtures.getSessionCall();
        errorXml = ApiResponse.failure(ApiError.INCORRECT_SIGNATURE, ResponseOptions.of(ResponseFormat.XML), tenArgs);
        errorJson = ApiResponse.failure(ApiError.INCORRECT_SIGNATURE, ResponseOptions.of(ResponseFormat.JSON), tenArgs);
    }

    @Benchmark
    public RenderedResponse tokenXml() {
        return renderer.render(tokenXml);
    }

    @Benchmark
    public RenderedResponse tokenJson() {
        return renderer.render(tokenJson);
    }

    @Benchmark
    public RenderedResponse tokenJsonp() {
        return renderer.render(tokenJsonp);
    }

    @Benchmark
    public RenderedResponse errorXml10Args() {
        return renderer.render(errorXml);
    }

    @Benchmark
    public RenderedResponse errorJson10Args() {
        return renderer.render(errorJson);
    }
}
