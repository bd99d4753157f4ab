package org.openrcm.payments.api;

/**
 * A query parameter the request got wrong. JAX-RS answers an unconvertible query parameter with a bare 404, and
 * the shared validation mapper cannot name a query parameter, so the resource checks it and throws this.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
