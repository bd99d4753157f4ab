package org.openrcm.payments.api;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.payments.domain.ClaimPaymentService;
import org.openrcm.payments.domain.ClaimPaymentStatus;
import org.openrcm.plumbing.tenancy.CurrentTenant;

@Path("/claim-payments")
@Tag(name = "Claim payments")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimPaymentResource {

    private final ClaimPaymentService claimPayments;
    private final CurrentTenant tenant;

    ClaimPaymentResource(ClaimPaymentService claimPayments, CurrentTenant tenant) {
        this.claimPayments = claimPayments;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The tenant's claim payments, newest remittance first",
            description = "status=UNMATCHED is the unmatched queue, status=HELD_UNBALANCED the balancing queue.")
    public List<ClaimPaymentResponse> list(
            @QueryParam("status") @Parameter(description = "filter by status: UNMATCHED, HELD_UNBALANCED, POSTED"
                    + " or DENIED") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return claimPayments.list(tenant.id(), parseStatus(status), page, size).stream()
                .map(ClaimPaymentResponse::of).toList();
    }

    private static ClaimPaymentStatus parseStatus(String status) {
        if (status == null) {
            return null;
        }
        try {
            return ClaimPaymentStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("status",
                    "must be one of " + Arrays.toString(ClaimPaymentStatus.values()));
        }
    }
}
