package org.openrcm.payments.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.payments.domain.ClaimLedgerService;
import org.openrcm.plumbing.tenancy.CurrentTenant;

@Path("/claims")
@Tag(name = "Claim ledger")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimLedgerResource {

    private final ClaimLedgerService ledgers;
    private final CurrentTenant tenant;

    ClaimLedgerResource(ClaimLedgerService ledgers, CurrentTenant tenant) {
        this.ledgers = ledgers;
        this.tenant = tenant;
    }

    @GET
    @Path("/{claimId}/ledger")
    @Operation(summary = "A submitted claim's ledger entries and balance")
    public ClaimLedgerResponse ledger(@PathParam("claimId") String claimId) {
        return ledgers.ledger(tenant.id(), claimId).map(ClaimLedgerResponse::of)
                .orElseThrow(() -> new NotFoundException("No claim " + claimId));
    }
}
