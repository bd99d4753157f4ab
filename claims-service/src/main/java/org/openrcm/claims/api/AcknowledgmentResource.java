package org.openrcm.claims.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.claims.domain.AcknowledgmentOutcome;
import org.openrcm.claims.domain.AcknowledgmentService;
import org.openrcm.plumbing.tenancy.TenantDirectory;
import org.openrcm.plumbing.tenancy.TenantException;

/**
 * Where the clearinghouse delivers acknowledgments (the JSON stand-in for 999/277CA). It is called by the
 * clearinghouse, not by a user acting for a tenant, so the body names the tenant.
 */
@Path("/clearinghouse/acknowledgments")
@Tag(name = "Clearinghouse")
@Produces(MediaType.APPLICATION_JSON)
public class AcknowledgmentResource {

    private final AcknowledgmentService acknowledgments;
    private final TenantDirectory tenants;

    AcknowledgmentResource(AcknowledgmentService acknowledgments, TenantDirectory tenants) {
        this.acknowledgments = acknowledgments;
        this.tenants = tenants;
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
