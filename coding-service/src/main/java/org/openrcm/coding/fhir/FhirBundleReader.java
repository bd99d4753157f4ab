package org.openrcm.coding.fhir;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Bundle;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * Parses FHIR R4 JSON bundles with HAPI FHIR's R4 structures. The context is built once (it scans the model
 * classes); a bundle that does not parse is reported with the parser's message, which names the location.
 */
@ApplicationScoped
public class FhirBundleReader {

    private final FhirContext context = FhirContext.forR4();

    public FhirEncounterBundle.Parts read(String json) {
        IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            return FhirEncounterBundle.read(parser.parseResource(Bundle.class, json));
        } catch (DataFormatException | ClassCastException e) {
            throw new FhirBundleParseException(e.getMessage(), e);
        }
    }
}
