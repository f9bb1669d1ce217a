package org.restauth.core.api;

import java.util.List;
import java.util.Optional;
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
 * The checks a call passes before its method runs: response options (100), parameter count (105) and
 * shape (100), api key (101), signature (104). Each throws the protocol's error.
 */
final class CallChecks {
    private CallChecks() {
    }

    /** The calling application, after the checks before it: 105, 100, then 101. */
    static Application application(RestApiSettings settings, ApiRequest request) {
        if (request.params().size() > settings.maxParams()) {
            throw new ApiException(ApiError.TOO_MANY_PARAMETERS);
        }
        if (!settings.inputRules().accepts(request.params())) {
            throw new ApiException(ApiError.INVALID_PARAMETER);
        }
        return nonEmpty(request, "api_key")
                .flatMap(settings.applications()::find)
                .orElseThrow(() -> new ApiException(ApiError.INVALID_API_KEY));
    }

    /** The app's secret always; the session's own secret too when it has one (one old client omits {@code ss}). */
    static void verifySignature(ApiRequest request, Application app, SessionLookup session) {
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

    static ResponseOptions responseOptions(ApiRequest request) {
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

    static Optional<String> nonEmpty(ApiRequest request, String key) {
        return request.first(key).filter(v -> !v.isEmpty());
    }

    /** A format or callback that cannot be honoured; the error is written the way that still can be. */
    static final class OptionsRefused extends RuntimeException {
        final transient ResponseOptions fallback;

        OptionsRefused(ResponseOptions fallback) {
            super(null, null, false, false);
            this.fallback = fallback;
        }
    }
}
