package org.restauth.server.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import org.restauth.core.request.InputRules;

/**
 * {@code restauth.api.*} keys about hostile input: longest key and value (error 100 past them), and
 * whether {@code X-Forwarded-For} names the client (only behind a proxy that sets it). Validated at start.
 */
@ConfigurationProperties("restauth.api")
public final class InputLimitProperties {
    @Min(value = 1, message = "must be at least 1")
    private int maxKeyLength = InputRules.DEFAULT.maxKeyLength();
    @Min(value = 1, message = "must be at least 1")
    private int maxValueLength = InputRules.DEFAULT.maxValueLength();
    private boolean trustForwardedFor;

    public int getMaxKeyLength() {
        return maxKeyLength;
    }

    public void setMaxKeyLength(int maxKeyLength) {
        this.maxKeyLength = maxKeyLength;
    }

    public int getMaxValueLength() {
        return maxValueLength;
    }

    public void setMaxValueLength(int maxValueLength) {
        this.maxValueLength = maxValueLength;
    }

    public boolean isTrustForwardedFor() {
        return trustForwardedFor;
    }

    public void setTrustForwardedFor(boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }
}
