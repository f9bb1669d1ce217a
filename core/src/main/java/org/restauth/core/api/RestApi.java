package org.restauth.core.api;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.restauth.core.app.Application;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.Callback;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseFormat;
import org.restauth.core.request.ResponseOptions;
import org.restauth.core.request.Signature;
import org.restauth.core.session.SessionLookup;

/**
 * The dispatcher: resolves the method, checks the api key (101), the signature (104), the method
 * (3), the application's rate limit (4), then runs the method. Thread-safe; never throws for anything
 * a caller sends: every failure is an error answer.
 */
public final class RestApi {
    private static final System.Logger LOG = System.getLogger(RestApi.class.getName());
    private static final String PREFIX = "facebook.";
    private static final String CREATE_TOKEN = "auth.createToken";

    private final RestApiSettings settings;
    private final Map<String, ApiMethod> methods;
    /** By canonical name: what clients send almost always, found without lower-casing a copy. */
    private final Map<String, ApiMethod> byCanonicalName;

    RestApi(RestApiSettings settings, List<ApiMethod> methods) {
        this.settings = settings;
        this.methods = methods.stream().collect(Collectors.toUnmodifiableMap(
                m -> m.name().toLowerCase(Locale.ROOT), Function.identity()));
        this.byCanonicalName = methods.stream().collect(Collectors.toUnmodifiableMap(ApiMethod::name, Function.identity()));
    }

    public static RestApiBuilder builder() {
        return new RestApiBuilder();
    }

    public ApiResponse handle(ApiRequest request) {
        List<Param> args = request.params();
        Optional<ApiMethod> requested = request.method().flatMap(this::findMethod);
        // error answers name the method too (the XML root is error_response all the same): adapters label them
        String name = requested.map(ApiMethod::name).orElse("");
        ResponseOptions options;
        try {
            options = responseOptions(request);
        } catch (OptionsRefused refused) {
            return failure(name, ApiError.INVALID_PARAMETER, refused.fallback, args);
        }
        try {
            return dispatch(request, requested, options);
        } catch (ApiException e) {
            return failure(name, e.error(), options, args);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "unexpected failure answered with error 1: " + e.getClass().getName(), e);
            return failure(name, ApiError.UNKNOWN, options, args);
        }
    }

    private static ApiResponse failure(String method, ApiError error, ResponseOptions options, List<Param> args) {
        return new ApiResponse(method, new ApiResult.Failure(error), options, args);
    }

    /** Canonical name of a method as clients send it: one leading {@code facebook.} off, any case. */
    public Optional<String> resolveMethod(String name) {
        return findMethod(name).map(ApiMethod::name);
    }

    private Optional<ApiMethod> findMethod(String name) {
        ApiMethod exact = byCanonicalName.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        String bare = name.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) ? name.substring(PREFIX.length()) : name;
        return Optional.ofNullable(methods.get(bare.toLowerCase(Locale.ROOT)));
    }

    private ApiResponse dispatch(ApiRequest request, Optional<ApiMethod> requested, ResponseOptions options) {
        if (request.params().size() > settings.maxParams()) {
            throw new ApiException(ApiError.TOO_MANY_PARAMETERS);
        }
        if (!settings.inputRules().accepts(request.params())) {
            throw new ApiException(ApiError.INVALID_PARAMETER);
        }
        Instant now = settings.clock().instant();
        Application app = nonEmpty(request, "api_key")
                .flatMap(settings.applications()::find)
                .orElseThrow(() -> new ApiException(ApiError.INVALID_API_KEY));
        String sessionKey = nonEmpty(request, "session_key").orElse(null);
        SessionLookup session = sessionKey == null ? SessionLookup.UNKNOWN : settings.sessions().find(sessionKey, now);
        verifySignature(request, app, session);
        ApiMethod method = requested.orElseThrow(() -> new ApiException(ApiError.UNKNOWN_METHOD));
        acquire(request, method, app, now);
        ApiResult result = method.call(new CallContext(request, app, now, sessionKey, session));
        return new ApiResponse(method.name(), result, options, request.params());
    }

    /**
     * Error 4 past a limit. One address flooding createToken is refused before it spends its application's
     * budget; "Application request limit reached" is the answer every old client already understands.
     */
    private void acquire(ApiRequest request, ApiMethod method, Application app, Instant now) {
        Optional<String> address = request.clientAddress();
        if (method.name().equals(CREATE_TOKEN) && address.isPresent()
                && !settings.addressLimiter().tryAcquire(address.get(), now)) {
            throw new ApiException(ApiError.APPLICATION_LIMIT_REACHED);
        }
        if (!settings.applicationLimiter().tryAcquire(app.apiKey(), now)) {
            throw new ApiException(ApiError.APPLICATION_LIMIT_REACHED);
        }
    }

    /** The app's secret always; the session's own secret too when it has one (one old client omits {@code ss}). */
    private static void verifySignature(ApiRequest request, Application app, SessionLookup session) {
        String sig = request.first(Signature.PARAM).orElse(null);
        List<Param> params = request.params();
        if (Signature.verify(params, sig, app.secret())) {
            return;
        }
        if (session instanceof SessionLookup.Live live && live.session().apiKey().equals(app.apiKey())
                && live.session().secret().map(s -> Signature.verify(params, sig, s)).orElse(false)) {
            return;
        }
        throw new ApiException(ApiError.INCORRECT_SIGNATURE);
    }

    private static ResponseOptions responseOptions(ApiRequest request) {
        String formatParam = request.first("format").orElse("");
        Optional<ResponseFormat> format = formatParam.isEmpty()
                ? Optional.of(ResponseFormat.XML) : ResponseFormat.parse(formatParam);
        if (format.isEmpty()) {
            throw new OptionsRefused(ResponseOptions.DEFAULT);
        }
        String callback = request.first("callback").orElse("");
        if (callback.isEmpty()) {
            return ResponseOptions.of(format.get());
        }
        if (!Callback.isValid(callback)) {
            throw new OptionsRefused(ResponseOptions.of(format.get()));
        }
        return ResponseOptions.jsonp(format.get(), callback);
    }

    private static Optional<String> nonEmpty(ApiRequest request, String key) {
        return request.first(key).filter(v -> !v.isEmpty());
    }

    /** The canonical names of the methods served. */
    public List<String> methodNames() {
        return methods.values().stream().map(ApiMethod::name).sorted().toList();
    }

    /** A format or callback that cannot be honoured; the error is written the way that still can be. */
    private static final class OptionsRefused extends RuntimeException {
        private final transient ResponseOptions fallback;

        OptionsRefused(ResponseOptions fallback) {
            super(null, null, false, false);
            this.fallback = fallback;
        }
    }
}
