package org.restauth.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApiExceptionTest {

    @ParameterizedTest
    @EnumSource(ApiError.class)
    void message_isTheProtocolMessageOnly(ApiError error) {
        ApiException exception = new ApiException(error);

        assertEquals(error.message(), exception.getMessage());
        assertEquals(error, exception.error());
        assertNull(exception.getCause());
    }

    @Test
    void apiError_codesAndMessages_matchTheProtocolTable() {
        assertEquals(104, ApiError.INCORRECT_SIGNATURE.code());
        assertEquals("Incorrect signature", ApiError.INCORRECT_SIGNATURE.message());
        assertEquals("Session key specified has passed its expiration time", ApiError.SESSION_EXPIRED.message());
        assertEquals(453, ApiError.SESSION_REQUIRED.code());
        assertEquals("The number of parameters exceeded the maximum for this operation",
                ApiError.TOO_MANY_PARAMETERS.message());
    }
}
