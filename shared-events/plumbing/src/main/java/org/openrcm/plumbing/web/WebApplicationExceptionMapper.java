package org.openrcm.plumbing.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;

/** JAX-RS errors (404, 405, 415, 413 ...) as problem+json rather than an empty body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return JsonInputMapper.problem(json);
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String type = status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return ProblemResponses.of(Problem.of(type, status.getReasonPhrase(), status.getStatusCode(),
                exception.getMessage()));
    }
}
