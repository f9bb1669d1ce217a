package org.restauth.core.api;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.error.StoreUnavailableException;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseOptions;
import org.restauth.core.wire.MalformedRequestException;

/**
 * The one place where something thrown becomes an answer: unreadable parameters error 100 with what was read
 * ({@link MalformedRequestException}), an {@link ApiException} its error (a
 * {@link org.restauth.core.error.StoreUnavailableException} error 2), anything else error 1, logged with its
 * cause and never shown to the client. Adapters use it too, for what fails outside {@link RestApi#handle}.
 */
public final class Failures {
    private static final System.Logger LOG = System.getLogger(Failures.class.getName());

    private Failures() {
    }

    /**
     * @param method the canonical method name, or empty
     * @param args the request's parameters, echoed as request_args (for unreadable ones, what was read)
     */
    public static ApiResponse answer(String method, Throwable thrown, ResponseOptions options, List<Param> args) {
        Throwable cause = cause(thrown);
        if (cause instanceof MalformedRequestException e) {
            LOG.log(Level.DEBUG, "unreadable parameters answered with error " + e.error().code() + ": " + e.getMessage());
            return answer(method, e.error(), options, e.readSoFar());
        }
        if (cause instanceof StoreUnavailableException e && e.getCause() != null) {
            LOG.log(Level.WARNING, "store unavailable, answered with error 2: " + e.getMessage());
        }
        if (cause instanceof ApiException e) {
            return answer(method, e.error(), options, args);
        }
        LOG.log(Level.ERROR, "unexpected failure answered with error 1: " + cause.getClass().getName(), cause);
        return answer(method, ApiError.UNKNOWN, options, args);
    }

    /** What a future failed with: the cause a {@link CompletionException} wraps, else itself. */
    public static Throwable cause(Throwable thrown) {
        return thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
    }

    static ApiResponse answer(String method, ApiError error, ResponseOptions options, List<Param> args) {
        return new ApiResponse(method, new ApiResult.Failure(error), options, args);
    }
}
