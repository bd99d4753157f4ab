package org.openrcm.coding.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.coding.api.EncounterResponse;
import org.openrcm.coding.domain.CodingAction;
import org.openrcm.coding.domain.CodingActionType;
import org.openrcm.coding.domain.Encounter;
import org.openrcm.coding.domain.EncounterCodes;
import org.openrcm.coding.domain.EncounterStatus;
import org.openrcm.coding.edit.EditFinding;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.Paging;

/** The coder work queue: list, claim, look, query the provider, finalize; the actions taken, readable. */
@Path("/coding/queue")
@Tag(name = "Coder work queue")
@Produces(MediaType.APPLICATION_JSON)
public class CodingQueueResource {

    /** Who acts, until the security work takes it from the token (as {@code PUT /encounters/{id}/codes}). */
    static final String USER_HEADER = "X-User-Id";

    private final CodingQueueService queue;
    private final CurrentTenant tenant;
    private final Clock clock;

    CodingQueueResource(CodingQueueService queue, CurrentTenant tenant, Clock clock) {
        this.queue = queue;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** An encounter in the queue list: how long it waits (seconds since queued), who has it, why it is there. */
    public record QueueItem(String encounterId, String externalId, String patientId, EncounterStatus status,
            LocalDate dateOfService, Instant queuedAt, Long ageSeconds, String assignedTo, List<String> failedEdits,
            String reopenReason, int revision) {
    }

    /** One encounter for the coder: the note, the codes, the failed edits, the question and the payer's reason. */
    public record QueueEncounter(EncounterResponse encounter, String note, Instant queuedAt, String assignedTo,
            String providerQuery, String reopenReason, int revision, List<ActionResponse> actions) {
    }

    /** A recorded action as the API shows it. */
    public record ActionResponse(String userId, CodingActionType action, Instant actedAt,
            EncounterStatus statusBefore, EncounterStatus statusAfter, EncounterCodes codesBefore,
            EncounterCodes codesAfter, String detail) {

        static ActionResponse of(CodingAction action) {
            return new ActionResponse(action.userId(), action.action(), action.actedAt(), action.statusBefore(),
                    action.statusAfter(), action.codesBefore(), action.codesAfter(), action.detail());
        }
    }

    /** The coder's question to the provider, or the provider's answer. */
    public record MessageRequest(@NotBlank @Size(max = 4000) String text) {
    }

    @GET
    @Operation(summary = "The tenant's encounters waiting for a coder, longest waiting first")
    public List<QueueItem> list(
            @QueryParam("status") @Parameter(description = "REVIEW_REQUIRED (default) or QUERIED") String status,
            @QueryParam("reason") @Parameter(description = "a failed edit id, e.g. NCCI-PTP, or PAYER") String reason,
            @QueryParam("olderThan") @Parameter(description = "ISO-8601 duration, e.g. P2D") String olderThan,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Instant now = clock.instant();
        return queue.list(tenant.id(), QueueFilter.parse(status, reason, olderThan), page, size).stream()
                .map(encounter -> item(encounter, now)).toList();
    }

    @GET
    @Path("/{encounterId}")
    @Operation(summary = "One encounter for the coder: note, codes, failed edits, and every action taken on it")
    public QueueEncounter get(@PathParam("encounterId") UUID encounterId) {
        String tenantId = tenant.id();
        Encounter encounter = queue.find(tenantId, encounterId).orElseThrow(() -> notFound(encounterId));
        return new QueueEncounter(EncounterResponse.of(encounter), encounter.noteText(), encounter.queuedAt(),
                encounter.assignedTo(), encounter.providerQuery(), encounter.reopenReason(), encounter.revision(),
                queue.actions(tenantId, encounterId).stream().map(ActionResponse::of).toList());
    }

    @POST
    @Path("/{encounterId}/claim")
    @Operation(summary = "Assign the encounter to the calling coder")
    @APIResponse(responseCode = "409", description = "Another coder holds it, or it is not in the queue")
    public QueueItem claim(@PathParam("encounterId") UUID encounterId, @HeaderParam(USER_HEADER) String userId) {
        return item(queue.claim(tenant.id(), encounterId, user(userId)).orElseThrow(() -> notFound(encounterId)),
                clock.instant());
    }

    @POST
    @Path("/{encounterId}/query")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the provider a question: the encounter is QUERIED until the answer")
    @APIResponse(responseCode = "409", description = "Another coder holds it, or it is not in the queue")
    public QueueItem queryProvider(@PathParam("encounterId") UUID encounterId,
            @HeaderParam(USER_HEADER) String userId, @NotNull @Valid MessageRequest question) {
        return item(queue.queryProvider(tenant.id(), encounterId, user(userId), question.text())
                .orElseThrow(() -> notFound(encounterId)), clock.instant());
    }

    @POST
    @Path("/{encounterId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The provider's answer: the encounter is back in the queue")
    @APIResponse(responseCode = "409", description = "No question is open")
    public QueueItem answer(@PathParam("encounterId") UUID encounterId, @HeaderParam(USER_HEADER) String userId,
            @NotNull @Valid MessageRequest answer) {
        return item(queue.answer(tenant.id(), encounterId, user(userId), answer.text())
                .orElseThrow(() -> notFound(encounterId)), clock.instant());
    }

    @POST
    @Path("/{encounterId}/finalize")
    @Operation(summary = "Accept the current codes (as they are or as changed with PUT /encounters/{id}/codes)",
            description = "Re-runs every edit: when none fails the encounter is CODED and EncounterCoded is emitted"
                    + " with its revision; otherwise it stays in the queue with the new findings.")
    @APIResponse(responseCode = "409", description = "Another coder holds it, or it is not in the queue")
    public EncounterResponse finalizeCoding(@PathParam("encounterId") UUID encounterId,
            @HeaderParam(USER_HEADER) String userId) {
        return EncounterResponse.of(queue.finalizeCoding(tenant.id(), encounterId, user(userId))
                .orElseThrow(() -> notFound(encounterId)));
    }

    private static QueueItem item(Encounter encounter, Instant now) {
        return new QueueItem(encounter.id().toString(), encounter.externalId(), encounter.patientId(),
                encounter.status(), encounter.dateOfService(), encounter.queuedAt(),
                encounter.queuedAt() == null ? null : Duration.between(encounter.queuedAt(), now).toSeconds(),
                encounter.assignedTo(), encounter.editFindings().stream().filter(EditFinding::blocking)
                        .map(EditFinding::editId).distinct().toList(),
                encounter.reopenReason(), encounter.revision());
    }

    private static String user(String userId) {
        return userId == null || userId.isBlank() ? "unknown" : userId;
    }

    private static NotFoundException notFound(UUID encounterId) {
        return new NotFoundException("No encounter " + encounterId);
    }
}
