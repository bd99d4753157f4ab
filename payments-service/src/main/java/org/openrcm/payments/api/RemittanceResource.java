package org.openrcm.payments.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.payments.intake.RemittanceFile;
import org.openrcm.payments.intake.RemittanceFileIntakeService;
import org.openrcm.payments.remittance.Remittance;
import org.openrcm.payments.remittance.RemittanceIntakeService;
import org.openrcm.payments.remittance.RemittanceSource;
import org.openrcm.payments.remittance.RemittanceStatus;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.Paging;
import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.ProblemResponses;
import org.openrcm.plumbing.web.UniqueViolations;

@Path("/remittances")
@Tag(name = "Remittances")
@Produces(MediaType.APPLICATION_JSON)
public class RemittanceResource {

    public static final String EDI_X12 = "application/edi-x12";

    private final RemittanceIntakeService intake;
    private final RemittanceFileIntakeService files;
    private final JsonRemittanceReader reader;
    private final CurrentTenant tenant;
    private final CurrentUser user;

    RemittanceResource(RemittanceIntakeService intake, RemittanceFileIntakeService files,
            JsonRemittanceReader reader, CurrentTenant tenant, CurrentUser user) {
        this.intake = intake;
        this.files = files;
        this.reader = reader;
        this.tenant = tenant;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take in a payer's remittance (JSON form of one 835 transaction set) and post what balances",
            description = "Idempotent on the remittance's content: the same remittance again returns the one already"
                    + " taken in (200) and posts nothing again. The same payer trace with other content is taken in"
                    + " and held (status HELD, holdKind TRACE_CONFLICT, the differences in holdReason).")
    @APIResponse(responseCode = "201", description = "Remittance taken in; each claim's outcome in claims[].status")
    @APIResponse(responseCode = "200", description = "This remittance was already taken in")
    @APIResponse(responseCode = "400", description = "Malformed request (problem+json with field violations)")
    public Response receive(@NotNull @Valid RemittanceRequest request) {
        return take(reader.read(request));
    }

    @POST
    @Consumes(EDI_X12)
    @Operation(summary = "Take in an 835 file (X12 005010X221A1): every transaction set is balanced and posted on its"
            + " own", description = "The same bytes again are a duplicate (200, nothing changes). A set that is"
                    + " unbalanced is held with the exact discrepancy while the others post; a set already taken in"
                    + " (inside another file) is reported as DUPLICATE.")
    @APIResponse(responseCode = "201", description = "File taken in; each set's outcome in transactionSets[]")
    @APIResponse(responseCode = "200", description = "The same file was taken in before")
    @APIResponse(responseCode = "422", description = "Not a readable 835 (problem+json with the reader's reason)")
    public Response receiveX12(byte[] content, @HeaderParam("X-File-Name") String fileName) {
        if (content == null || content.length == 0) {
            return ProblemResponses.of(Problem.of("unreadable-remittance", "Remittance file is not readable", 422,
                    "The request body is empty"));
        }
        String name = fileName == null || fileName.isBlank() ? "api-" + UUID.randomUUID() + ".x12" : fileName;
        RemittanceFileIntakeService.FileIntake result = files.receive(tenant.id(), name, RemittanceSource.API,
                content);
        if (result.file().status() == RemittanceFile.Status.QUARANTINED) {
            return ProblemResponses.of(Problem.of("unreadable-remittance", "Remittance file is not readable", 422,
                    result.file().reason() + " (kept as file " + result.file().id() + ")"));
        }
        RemittanceFileResponse body = RemittanceFileResponse.of(result.file(), result.duplicate(),
                result.remittances().stream().map(RemittanceResponse::of).toList());
        return result.duplicate() ? Response.ok(body).build()
                : Response.created(URI.create("/remittance-files/" + body.fileId())).entity(body).build();
    }

    @GET
    @Operation(summary = "The tenant's remittances, newest first", description = "status=HELD is the held queue:"
            + " each says why (holdKind, holdReason) and can be released after review.")
    public List<RemittanceResponse> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return intake.list(tenant.id(), QueryParameters.enumValue("status", status, RemittanceStatus.class), page,
                size).stream().map(RemittanceResponse::of).toList();
    }

    @GET
    @Path("/{remittanceId}")
    @Operation(summary = "One remittance of the tenant, with the outcome of each claim")
    public RemittanceResponse get(@PathParam("remittanceId") UUID remittanceId) {
        return intake.find(tenant.id(), remittanceId).map(RemittanceResponse::of)
                .orElseThrow(() -> new NotFoundException("No remittance " + remittanceId));
    }

    @POST
    @Path("/{remittanceId}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Release a held remittance after review: it is posted claim by claim (audited)")
    @APIResponse(responseCode = "409", description = "The remittance is not held")
    public RemittanceResponse release(@PathParam("remittanceId") UUID remittanceId, @Valid NoteRequest request) {
        String note = request == null ? null : request.note();
        return intake.release(tenant.id(), remittanceId, user.id(), note).map(RemittanceResponse::of)
                .orElseThrow(() -> new NotFoundException("No remittance " + remittanceId));
    }

    Response take(Remittance remittance) {
        String tenantId = tenant.id();
        RemittanceIntakeService.Intake result;
        try {
            result = intake.receive(tenantId, remittance);
        } catch (RuntimeException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent copy of the same ERA won the insert; answer with what it stored.
            result = intake.receive(tenantId, remittance);
        }
        RemittanceResponse body = RemittanceResponse.of(result.remittance());
        return result.created()
                ? Response.created(URI.create("/remittances/" + body.remittanceId())).entity(body).build()
                : Response.ok(body).build();
    }
}
