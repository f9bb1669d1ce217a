package org.restauth.core.api;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.restauth.core.app.Application;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.limit.Admission;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseOptions;
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
    private final CreateToken createToken; // null if not served

    RestApi(RestApiSettings settings, List<ApiMethod> methods) {
        this.settings = settings;
        this.methods = methods.stream().collect(Collectors.toUnmodifiableMap(
                m -> m.name().toLowerCase(Locale.ROOT), Function.identity()));
        this.byCanonicalName = methods.stream().collect(Collectors.toUnmodifiableMap(ApiMethod::name, Function.identity()));
        this.createToken = methods.stream().filter(CreateToken.class::isInstance).map(CreateToken.class::cast)
                .findFirst().orElse(null);
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
            options = CallChecks.responseOptions(request);
        } catch (CallChecks.OptionsRefused refused) {
            return failure(name, ApiError.INVALID_PARAMETER, refused.fallback, args);
        }
        try {
            return dispatch(request, requested, options);
        } catch (RuntimeException e) {
            return failure(name, e, options, args);
        }
    }

    /**
     * {@link #handle}, for adapters whose stores do network I/O, called on a thread that must not block (an
     * event loop). auth.createToken without a session key is checked on the calling thread (its checks are
     * computation only) and completes where the token store completes it, its rate limits drawn in the same
     * store step ({@link org.restauth.core.token.TokenStore#createAdmitted}): same checks, same answers.
     * Every other call runs {@link #handle} on {@code blocking}; if that refuses it (its queue is full), the
     * answer is error 2. The stage never fails: every failure is an error answer.
     */
    public CompletionStage<ApiResponse> handleAsync(ApiRequest request, Executor blocking) {
        Optional<ApiMethod> requested = request.method().flatMap(this::findMethod);
        String name = requested.map(ApiMethod::name).orElse("");
        if (createToken != null && requested.orElse(null) == createToken && CallChecks.nonEmpty(request, "session_key").isEmpty()) {
            return createTokenAsync(request, name);
        }
        try {
            return CompletableFuture.supplyAsync(() -> handle(request), blocking);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(refused(request, name, ApiError.SERVICE_UNAVAILABLE));
        }
    }

    private CompletionStage<ApiResponse> createTokenAsync(ApiRequest request, String name) {
        List<Param> args = request.params();
        ResponseOptions options;
        try {
            options = CallChecks.responseOptions(request);
        } catch (CallChecks.OptionsRefused refused) {
            return CompletableFuture.completedFuture(failure(name, ApiError.INVALID_PARAMETER, refused.fallback, args));
        }
        try {
            Application app = CallChecks.application(settings, request);
            CallChecks.verifySignature(request, app, SessionLookup.UNKNOWN);
            List<Admission> admissions = admissions(request, createToken, app);
            return createToken.callAdmitted(app, admissions).handle((result, thrown) -> thrown == null
                    ? new ApiResponse(name, result, options, args) : failure(name, thrown, options, args));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failure(name, e, options, args));
        }
    }

    /**
     * The limits a call draws from, in order. One address flooding createToken is refused before it spends its
     * application's budget. Unlimited limiters are left out: a store that draws from buckets itself
     * ({@link org.restauth.core.token.TokenStore#createAdmitted}) would otherwise fall back to asking them.
     */
    private List<Admission> admissions(ApiRequest request, ApiMethod method, Application app) {
        List<Admission> admissions = new ArrayList<>(2);
        Optional<String> address = request.clientAddress();
        if (method.name().equals(CREATE_TOKEN) && address.isPresent()
                && settings.addressLimiter() != RateLimiter.UNLIMITED) {
            admissions.add(new Admission(settings.addressLimiter(), address.get()));
        }
        if (settings.applicationLimiter() != RateLimiter.UNLIMITED) {
            admissions.add(new Admission(settings.applicationLimiter(), app.apiKey()));
        }
        return admissions;
    }

    /** A call answered {@code error} before it ran, in the format it asked for when that can be written. */
    private static ApiResponse refused(ApiRequest request, String name, ApiError error) {
        try {
            return failure(name, error, CallChecks.responseOptions(request), request.params());
        } catch (CallChecks.OptionsRefused refused) {
            return failure(name, ApiError.INVALID_PARAMETER, refused.fallback, request.params());
        }
    }

    /** What a call threw, as its answer: the ApiException's error, anything else error 1 (and logged). */
    private static ApiResponse failure(String name, Throwable thrown, ResponseOptions options, List<Param> args) {
        Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (cause instanceof ApiException e) {
            return failure(name, e.error(), options, args);
        }
        LOG.log(Level.ERROR, "unexpected failure answered with error 1: " + cause.getClass().getName(), cause);
        return failure(name, ApiError.UNKNOWN, options, args);
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
        Instant now = settings.clock().instant();
        Application app = CallChecks.application(settings, request);
        String sessionKey = CallChecks.nonEmpty(request, "session_key").orElse(null);
        SessionLookup session = sessionKey == null ? SessionLookup.UNKNOWN : settings.sessions().find(sessionKey, now);
        CallChecks.verifySignature(request, app, session);
        ApiMethod method = requested.orElseThrow(() -> new ApiException(ApiError.UNKNOWN_METHOD));
        acquire(request, method, app, now);
        ApiResult result = method.call(new CallContext(request, app, now, sessionKey, session));
        return new ApiResponse(method.name(), result, options, request.params());
    }

    /** Error 4 past a limit: "Application request limit reached" is the answer every old client understands. */
    private void acquire(ApiRequest request, ApiMethod method, Application app, Instant now) {
        for (Admission admission : admissions(request, method, app)) {
            if (!admission.tryAcquire(now)) {
                throw new ApiException(ApiError.APPLICATION_LIMIT_REACHED);
            }
        }
    }

    /** The canonical names of the methods served. */
    public List<String> methodNames() {
        return methods.values().stream().map(ApiMethod::name).sorted().toList();
    }
}
