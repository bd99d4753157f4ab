package org.openrcm.simulator.wire;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openrcm.events.EventJson;

/**
 * The JSON stand-in for X12, written with the events' mapping (amounts as decimal strings). Every field is
 * written, nulls included, so a receiver sees e.g. {@code "reason": null} rather than a missing field.
 */
public final class JsonWireFormat implements WireFormat {

    private final ObjectMapper mapper = EventJson.newMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS);

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public Submission readSubmission(byte[] body) {
        Submission submission;
        try {
            submission = mapper.readValue(body, Submission.class);
        } catch (IOException e) {
            throw new MalformedSubmissionException("Not a submission: " + describe(e), e);
        }
        if (submission == null) {
            throw new MalformedSubmissionException("Not a submission: the body is empty");
        }
        List<String> problems = submission.problems();
        if (!problems.isEmpty()) {
            throw new MalformedSubmissionException(String.join("; ", problems));
        }
        return submission;
    }

    @Override
    public byte[] writeAcknowledgments(AcknowledgmentBatch batch) {
        return write(batch);
    }

    @Override
    public byte[] writeRemittance(Remittance remittance) {
        return write(remittance);
    }

    private static String describe(IOException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getIndex() >= 0 ? "[" + reference.getIndex() + "]"
                            : "." + reference.getFieldName())
                    .collect(Collectors.joining());
            return field.replaceFirst("^\\.", "") + ": " + mapping.getOriginalMessage();
        }
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }

    /** Writes any of the wire records, also the receipts and problems the server answers with. */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
