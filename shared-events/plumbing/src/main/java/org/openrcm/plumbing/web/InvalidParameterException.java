package org.openrcm.plumbing.web;

/**
 * A query or path parameter the request got wrong. JAX-RS answers an unconvertible query parameter with a bare 404,
 * and the validation mapper cannot name a query parameter, so a resource reads it with {@link QueryParameters} or
 * throws this.
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
