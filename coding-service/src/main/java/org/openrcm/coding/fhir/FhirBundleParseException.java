package org.openrcm.coding.fhir;

/** A FHIR bundle that does not parse; the message carries the parser's location. */
public class FhirBundleParseException extends RuntimeException {

    public FhirBundleParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
