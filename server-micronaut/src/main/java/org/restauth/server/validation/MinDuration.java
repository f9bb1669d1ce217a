package org.restauth.server.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@code java.time.Duration} setting at least {@link #value()} long (jakarta validation has no duration
 * constraint). Null passes: add {@code @NotNull}. Checked by {@link DurationConstraints}.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER})
@Constraint(validatedBy = {})
public @interface MinDuration {
    /** The shortest allowed, written as in the configuration: {@code 1ms}, {@code 1s}. */
    String value();

    String message() default "must be a duration of at least {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
