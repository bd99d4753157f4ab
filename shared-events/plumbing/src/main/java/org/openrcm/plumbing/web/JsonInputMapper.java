package org.openrcm.plumbing.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A body that is not JSON, or JSON of the wrong shape: 400 with the location of the fault. */
@Provider
public class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
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
