package org.restauth.core.api;

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
import org.restauth.core.error.StoreUnavailableException;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseOptions;
import org.restauth.core.session.SessionLookup;

/**
 * The dispatcher: resolves the method, checks the api key (101), the signature (104), the method
 * (3), the application's rate limit (4), then runs the method. {@link #handle} is the one way in, whatever
 * the stores: it calls them on the calling thread, so with stores that block, call it where a thread may wait.
 * Thread-safe; never throws: every failure is an error answer ({@link Failures}).
 */
public final class RestApi {
    private static final String PREFIX = "facebook.";

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
        return answer(request, this::dispatch);
    }

    /**
     * The answer to a call that could not be run at all because the store is saturated (an adapter's bounded
     * queue of calls for a blocking store is full): error 2, in the format the call asked for when that can be
     * written. Nothing was read or changed.
     */
    public ApiResponse unavailable(ApiRequest request) {
        return answer(request, (r, method, options) -> {
            throw new StoreUnavailableException();
        });
    }

    /** The call's answer in the format it asked for; whatever the step throws becomes an error answer. */
    private ApiResponse answer(ApiRequest request, Step step) {
        List<Param> args = request.params();
        Optional<ApiMethod> requested = request.method().flatMap(this::findMethod);
        // error answers name the method too (the XML root is error_response all the same): adapters label them
        String name = requested.map(ApiMethod::name).orElse("");
        ResponseOptions options;
        try {
            options = CallChecks.responseOptions(request);
        } catch (CallChecks.OptionsRefused refused) {
            return Failures.answer(name, ApiError.INVALID_PARAMETER, refused.fallback, args);
        }
        try {
            return step.run(request, requested, options);
        } catch (RuntimeException e) {
            return Failures.answer(name, e, options, args);
        }
    }

    @FunctionalInterface
    private interface Step {
        ApiResponse run(ApiRequest request, Optional<ApiMethod> method, ResponseOptions options);
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
        Instant now = settings.clock().instant();
        Application app = CallChecks.application(settings, request);
        String sessionKey = CallChecks.nonEmpty(request, "session_key").orElse(null);
        SessionLookup session = sessionKey == null ? SessionLookup.UNKNOWN : settings.sessions().find(sessionKey, now);
        CallChecks.verifySignature(request, app, session);
        ApiMethod method = requested.orElseThrow(() -> new ApiException(ApiError.UNKNOWN_METHOD));
        ApiResult result = run(method, new CallContext(request, app, now, sessionKey, session));
        return new ApiResponse(method.name(), result, options, request.params());
    }

    /** The method, once the limits let it through; a refusal with error 4 is announced. */
    private ApiResult run(ApiMethod method, CallContext context) {
        try {
            acquire(context.request(), method, context.app(), context.now());
            return method.call(context);
        } catch (ApiException e) {
            if (e.error() == ApiError.APPLICATION_LIMIT_REACHED) {
                settings.events().refusedByLimit(context.app().apiKey());
            }
            throw e;
        }
    }

    /**
     * Error 4 past a limit: "Application request limit reached" is the answer every old client understands.
     * The address is asked first, so one address flooding a method is refused before it spends its
     * application's budget.
     */
    private void acquire(ApiRequest request, ApiMethod method, Application app, Instant now) {
        Optional<String> address = request.clientAddress();
        if (method.limitedByAddress() && address.isPresent()
                && !settings.addressLimiter().tryAcquire(address.get(), now)) {
            throw new ApiException(ApiError.APPLICATION_LIMIT_REACHED);
        }
        if (!settings.applicationLimiter().tryAcquire(app.apiKey(), now)) {
            throw new ApiException(ApiError.APPLICATION_LIMIT_REACHED);
        }
    }

    /** The canonical names of the methods served. */
    public List<String> methodNames() {
        return methods.values().stream().map(ApiMethod::name).sorted().toList();
    }
}
