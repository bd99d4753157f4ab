package org.openrcm.plumbing.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A body that is not JSON, or JSON of the wrong shape: 400 with the location of the fault. Registered for the
 * specific Jackson exceptions so that it takes precedence over the framework's own mappers for them.
 */
@Provider
public class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {

    /** Wrong shape: a value of the wrong type, an unknown enum constant. */
    @Provider
    public static class MismatchedInput implements ExceptionMapper<MismatchedInputException> {

        @Override
        public Response toResponse(MismatchedInputException exception) {
            return problem(exception);
        }
    }

    /** Not JSON at all. */
    @Provider
    public static class Unparsable implements ExceptionMapper<JsonParseException> {

        @Override
        public Response toResponse(JsonParseException exception) {
            return problem(exception);
        }
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return problem(exception);
    }

    static Response problem(JsonProcessingException exception) {
        if (exception instanceof JsonMappingException mapping && !(exception instanceof JsonParseException)) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getIndex() >= 0 ? "[" + reference.getIndex() + "]"
                            : "." + reference.getFieldName())
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            return ProblemResponses.of(Problem.of("malformed-json", "Request body has the wrong shape", 400,
                    exception.getOriginalMessage(),
                    List.of(new Problem.Violation(field.isEmpty() ? "body" : field, exception.getOriginalMessage()))));
        }
        String where = exception.getLocation() == null ? ""
                : " at line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr();
        return ProblemResponses.of(Problem.of("malformed-json", "Request body is not valid JSON", 400,
                exception.getOriginalMessage() + where));
    }
}
