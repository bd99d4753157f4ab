package org.openrcm.claims.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.claims.domain.ClaimQueryService;
import org.openrcm.plumbing.tenancy.CurrentTenant;

@Path("/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private final ClaimQueryService claims;
    private final CurrentTenant tenant;

    ClaimResource(ClaimQueryService claims, CurrentTenant tenant) {
        this.claims = claims;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The tenant's claims, newest first", description = "status=SCRUB_FAILED is the biller's"
            + " queue of claims the scrubber held back, each with its issues.")
    public List<ClaimResponse> list(@Valid @BeanParam ClaimQuery query) {
        return claims.list(tenant.id(), query.status(), query.page, query.size).stream().map(ClaimResponse::of)
                .toList();
    }

    @GET
    @Path("/{claimId}")
    @Operation(summary = "One claim of the tenant, with its lines and status history")
    public ClaimResponse get(@PathParam("claimId") UUID claimId) {
        return claims.find(tenant.id(), claimId).map(ClaimResponse::of)
                .orElseThrow(() -> new NotFoundException("No claim " + claimId));
    }
}
