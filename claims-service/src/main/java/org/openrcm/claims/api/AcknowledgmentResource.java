package org.openrcm.claims.api;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.claims.acknowledgment.AcknowledgmentExceptionRepository;
import org.openrcm.claims.acknowledgment.AcknowledgmentFileService;
import org.openrcm.claims.acknowledgment.AcknowledgmentOutcome;
import org.openrcm.claims.acknowledgment.AcknowledgmentPoller;
import org.openrcm.claims.acknowledgment.AcknowledgmentService;
import org.openrcm.claims.acknowledgment.InboundFile;
import org.openrcm.claims.acknowledgment.UnreadableFileException;
import org.openrcm.claims.domain.PayerConfig;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.tenancy.TenantDirectory;
import org.openrcm.plumbing.tenancy.TenantException;
import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.Paging;

/**
 * Where a clearinghouse that posts rather than drops files delivers acknowledgments: 999/277CA X12 for the tenant
 * named by X-Tenant-Id, or the older JSON stand-in whose body names the tenant. The exception list of what could not
 * be applied is read here too. The file drop (inbound mailboxes) is the main path.
 */
@Path("/clearinghouse/acknowledgments")
@Tag(name = "Clearinghouse")
@Produces(MediaType.APPLICATION_JSON)
public class AcknowledgmentResource {

    /** The media type of X12 EDI (RFC 1767). */
    public static final String EDI_X12 = "application/edi-x12";

    private final AcknowledgmentService acknowledgments;
    private final AcknowledgmentFileService files;
    private final AcknowledgmentExceptionRepository exceptions;
    private final TenantDirectory tenants;
    private final CurrentTenant tenant;

    AcknowledgmentResource(AcknowledgmentService acknowledgments, AcknowledgmentFileService files,
            AcknowledgmentExceptionRepository exceptions, TenantDirectory tenants, CurrentTenant tenant) {
        this.acknowledgments = acknowledgments;
        this.files = files;
        this.exceptions = exceptions;
        this.tenants = tenants;
        this.tenant = tenant;
    }

    @POST
    @Consumes(EDI_X12)
    @Operation(summary = "Take a 999 or 277CA file", description = "The same X12 the clearinghouse drops into the"
            + " tenant's inbound mailbox, for a clearinghouse that posts instead. Applied exactly as a dropped file:"
            + " the same file twice changes nothing; unknown claims and invalid transaction sets go to the exception"
            + " list while the rest applies.")
    @APIResponse(responseCode = "200", description = "Applied; counts in the body")
    @APIResponse(responseCode = "400", description = "Not a 999 or 277CA that can be read (problem+json)")
    public AcknowledgmentFileService.FileOutcome receiveX12(
            @QueryParam("route") @DefaultValue(PayerConfig.DEFAULT_ROUTE) @Pattern(regexp = CodeFormats.ROUTE, message = CodeFormats.ROUTE_MESSAGE) String route,
            @NotNull byte[] content) {
        String tenantId = tenant.id();
        String name = "api-" + DateTimeFormatter.ISO_INSTANT.format(Instant.now()).replace(':', '-');
        try {
            return files.apply(new InboundFile(tenantId, route, name, AcknowledgmentPoller.sha256(content), content));
        } catch (UnreadableFileException e) {
            throw new InvalidRequestException(List.of(new Problem.Violation("body", e.getMessage())));
        }
    }

    @GET
    @Path("/exceptions")
    @Operation(summary = "Acknowledgments that could not be applied", description = "Statuses for claims or"
            + " submissions the tenant never sent, and transaction sets that break the guide, newest first.")
    public List<AcknowledgmentExceptionResponse> exceptions(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return exceptions.listForTenant(tenant.id(), page, size).stream().map(AcknowledgmentExceptionResponse::of)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take the clearinghouse's acknowledgments of a submission", description = "Idempotent: an"
            + " acknowledgment already applied counts as a duplicate and changes nothing. Claim ids the tenant did"
            + " not send in that submission are listed in unknownClaims; the others still apply.")
    @APIResponse(responseCode = "200", description = "Applied; counts and unknown claim ids in the body")
    @APIResponse(responseCode = "400", description = "Malformed batch (problem+json with field violations)")
    @APIResponse(responseCode = "404", description = "The tenant is not served here")
    public AcknowledgmentOutcome receive(@NotNull @Valid AcknowledgmentRequest request) {
        if (!tenants.isActive(request.tenantId())) {
            throw new TenantException(TenantException.Reason.UNKNOWN,
                    "Tenant " + request.tenantId() + " is not served here");
        }
        return acknowledgments.apply(request.tenantId(), request.submissionId(), request.acknowledgments().stream()
                .map(AcknowledgmentRequest.ClaimAcknowledgment::toAcknowledgment).toList());
    }
}
