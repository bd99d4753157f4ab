package org.openrcm.plumbing.deadletter;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.ProblemResponses;

/** Operators' view of the service's dead letters, and their replay through the normal consumer path. */
@Path("/admin/dead-letters")
@Tag(name = "Dead letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    /** The records to replay, by their place in a dead-letter topic (as the listing shows them). */
    public record ReplayRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull PositionRequest> records) {
    }

    public record PositionRequest(@NotBlank String topic, @NotNull @PositiveOrZero Integer partition,
            @NotNull @PositiveOrZero Long offset) {
    }

    private final DeadLetters deadLetters;

    DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "List the service's dead-lettered records with their reasons (never their payloads)")
    public List<DeadLetters.DeadLetter> list(
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return deadLetters.list(limit);
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish chosen dead letters again on their original topics; idempotent thanks to the inbox")
    public List<DeadLetters.Replay> replay(@Valid @NotNull ReplayRequest request) {
        return deadLetters.replay(request.records().stream()
                .map(record -> new DeadLetters.Position(record.topic(), record.partition(), record.offset()))
                .toList());
    }

    /** A replay of something that is not one of this service's dead letters is not found. */
    @Provider
    public static class UnknownDeadLetterMapper implements ExceptionMapper<UnknownDeadLetterException> {

        @Override
        public Response toResponse(UnknownDeadLetterException exception) {
            return ProblemResponses.of(Problem.of("unknown-dead-letter", "Unknown dead letter", 404,
                    exception.getMessage()));
        }
    }
}
