package org.restauth.cli;

import org.restauth.core.crypto.Secret;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A secret option, wrapped at once so that it can never be printed by accident; empty is a usage error. */
final class SecretConverter implements ITypeConverter<Secret> {

    @Override
    public Secret convert(String value) {
        if (value.isEmpty()) {
            throw new TypeConversionException("a secret cannot be empty");
        }
        return Secret.of(value);
    }
}
