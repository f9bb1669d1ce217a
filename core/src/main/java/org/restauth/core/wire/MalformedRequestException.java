package org.restauth.core.wire;

import java.util.List;
import java.util.Objects;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.Param;

/**
 * The parameters could not be read (bad percent-encoding, invalid UTF-8, a broken multipart body): error 100
 * ({@code org.restauth.core.api.Failures} answers it), or 105 for an adapter's too many multipart fields. Carries
 * the parameters read before the failure, for request_args. The message never holds a received value: values
 * may be tokens or session keys.
 */
public final class MalformedRequestException extends RuntimeException {
    private final transient ApiError error;
    private final transient List<Param> readSoFar;

    public MalformedRequestException(String reason, List<Param> readSoFar) {
        this(ApiError.INVALID_PARAMETER, reason, readSoFar);
    }

    public MalformedRequestException(ApiError error, String reason, List<Param> readSoFar) {
        super(reason, null, false, false);
        this.error = Objects.requireNonNull(error, "error");
        this.readSoFar = List.copyOf(readSoFar);
    }

    public ApiError error() {
        return error;
    }

    public List<Param> readSoFar() {
        return readSoFar;
    }
}
