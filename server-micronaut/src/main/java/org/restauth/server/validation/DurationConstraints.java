package org.restauth.server.validation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The validator of {@link MinDuration}: the bound is read as Micronaut reads durations, so {@code 1s} means 1s. */
@Factory
final class DurationConstraints {

    @Singleton
    ConstraintValidator<MinDuration, Duration> minDuration(ConversionService conversion) {
        return (value, annotation, context) -> value == null || value.compareTo(
                conversion.convertRequired(annotation.stringValue().orElseThrow(), Duration.class)) >= 0;
    }
}
