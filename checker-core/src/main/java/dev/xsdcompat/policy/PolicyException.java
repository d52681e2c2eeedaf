package dev.xsdcompat.policy;

import dev.xsdcompat.config.ConfigException;

/** A policy file that cannot be used; the message names file:line:col. */
public final class PolicyException extends ConfigException {
    private static final long serialVersionUID = 1L;

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
