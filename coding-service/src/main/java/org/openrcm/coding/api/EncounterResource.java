package org.openrcm.coding.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.coding.domain.CodingAction;
import org.openrcm.coding.domain.CodingActionType;
import org.openrcm.coding.domain.EncounterCodes;
import org.openrcm.coding.domain.EncounterIntakeService;
import org.openrcm.coding.domain.EncounterStatus;
import org.openrcm.coding.fhir.FhirBundleReader;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.Paging;
import org.openrcm.plumbing.web.QueryParameters;
import org.openrcm.plumbing.web.UniqueViolations;

@Path("/encounters")
@Tag(name = "Encounters")
@Produces(MediaType.APPLICATION_JSON)
public class EncounterResource {

    static final String FHIR_JSON = "application/fhir+json";
    /** Who acts, until the security work takes it from the token. */
    static final String USER_HEADER = "X-User-Id";

    private final EncounterIntakeService intake;
    private final CurrentTenant tenant;
    private final FhirBundleReader fhir;
    private final Validator validator;

    EncounterResource(EncounterIntakeService intake, CurrentTenant tenant, FhirBundleReader fhir,
            Validator validator) {
        this.intake = intake;
        this.tenant = tenant;
        this.fhir = fhir;
        this.validator = validator;
    }

    /** A correction as the API shows it. */
    public record CorrectionResponse(String userId, Instant correctedAt, EncounterCodes before,
            EncounterCodes after, boolean finalized) {

        static CorrectionResponse of(CodingAction correction) {
            return new CorrectionResponse(correction.userId(), correction.actedAt(), correction.codesBefore(),
                    correction.codesAfter(), correction.action() == CodingActionType.FINALIZED);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take in an encounter with its documentation and superbill codes",
            description = "Every coding edit runs against the code sets in force on the date of service: when all"
                    + " pass the encounter is CODED (EncounterCoded), otherwise REVIEW_REQUIRED (CodingReviewRequired"
                    + " with the failed edits). Idempotent on externalId: the same content again returns the"
                    + " encounter already taken in (200); other content under that externalId is a 409.")
    @APIResponse(responseCode = "201", description = "Encounter taken in: CODED or REVIEW_REQUIRED")
    @APIResponse(responseCode = "200", description = "This externalId was already taken in with this content")
    @APIResponse(responseCode = "400", description = "Malformed request (problem+json with field violations)")
    @APIResponse(responseCode = "409", description = "This externalId was taken in with other content")
    @APIResponse(responseCode = "422", description = "Cannot be billed at all (bad NPI, future date ...)")
    public Response receive(@NotNull @Valid EncounterRequest request) {
        return intake(request);
    }

    @POST
    @Consumes(FHIR_JSON)
    @Operation(summary = "Take in an encounter as a FHIR R4 Bundle",
            description = "Encounter, Patient, Coverage, Practitioner, Condition (ICD-10-CM), Procedure (CPT/HCPCS)"
                    + " and DocumentReference (the note as a base64 attachment), then as POST application/json.")
    @APIResponse(responseCode = "400", description = "The bundle does not parse (with the parser's location) or"
            + " lacks what an encounter needs")
    public Response receiveFhir(String bundle) {
        EncounterRequest request = FhirRequests.toRequest(fhir.read(bundle));
        Set<ConstraintViolation<EncounterRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return intake(request);
    }

    private Response intake(EncounterRequest request) {
        String tenantId = tenant.id();
        EncounterIntakeService.Intake result;
        try {
            result = intake.receive(tenantId, request.toNewEncounter());
        } catch (RuntimeException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent retry of the same visit won the insert; answer with what it stored.
            result = intake.receive(tenantId, request.toNewEncounter());
        }
        EncounterResponse body = EncounterResponse.of(result.encounter());
        return result.created()
                ? Response.created(URI.create("/encounters/" + body.encounterId())).entity(body).build()
                : Response.ok(body).build();
    }

    @PUT
    @Path("/{encounterId}/codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A coder's codes for an encounter in review",
            description = "Re-runs every coding edit; when all pass the encounter is CODED and EncounterCoded is"
                    + " emitted, otherwise it stays in review with the new findings. Recorded with the user"
                    + " (X-User-Id), time, and the codes before and after.")
    @APIResponse(responseCode = "200", description = "Codes changed; the status says whether they were finalized")
    @APIResponse(responseCode = "409", description = "The encounter is not waiting for a coder")
    public EncounterResponse correct(@PathParam("encounterId") UUID encounterId,
            @HeaderParam(USER_HEADER) @Parameter(description = "who corrects") String userId,
            @NotNull @Valid CodesRequest codes) {
        String user = userId == null || userId.isBlank() ? "unknown" : userId;
        return intake.correct(tenant.id(), encounterId, codes.diagnosisList(), codes.procedureLines(), user)
                .map(EncounterResponse::of).orElseThrow(() -> new NotFoundException("No encounter " + encounterId));
    }

    @GET
    @Path("/{encounterId}/corrections")
    @Operation(summary = "The coders' corrections of an encounter, oldest first")
    public List<CorrectionResponse> corrections(@PathParam("encounterId") UUID encounterId) {
        String tenantId = tenant.id();
        if (intake.find(tenantId, encounterId).isEmpty()) {
            throw new NotFoundException("No encounter " + encounterId);
        }
        return intake.corrections(tenantId, encounterId).stream().map(CorrectionResponse::of).toList();
    }

    @GET
    @Path("/{encounterId}")
    @Operation(summary = "One encounter of the tenant")
    public EncounterResponse get(@PathParam("encounterId") UUID encounterId) {
        return intake.find(tenant.id(), encounterId).map(EncounterResponse::of)
                .orElseThrow(() -> new NotFoundException("No encounter " + encounterId));
    }

    @GET
    @Operation(summary = "The tenant's encounters, newest first")
    public List<EncounterResponse> list(
            @QueryParam("status") @Parameter(description = "RECEIVED, CODED or REVIEW_REQUIRED") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return intake.list(tenant.id(), QueryParameters.enumValue("status", status, EncounterStatus.class), page, size)
                .stream().map(EncounterResponse::of).toList();
    }
}
