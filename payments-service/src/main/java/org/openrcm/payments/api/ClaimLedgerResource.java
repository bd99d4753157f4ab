package org.openrcm.payments.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.payments.ledger.ClaimBalance;
import org.openrcm.payments.ledger.ClaimLedgerService;
import org.openrcm.payments.remittance.PayeeAdjustment;
import org.openrcm.plumbing.tenancy.CurrentTenant;

/** The ledger's balances at any time ({@code asOf}, default now), with the entries that make them. */
@Path("/")
@Tag(name = "Ledger")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimLedgerResource {

    /** A balance of a line, patient or payer and the entries behind it. */
    public record LedgerResponse(String subject, Instant asOf, ClaimBalance balance,
            List<ClaimLedgerResponse.Entry> entries) {

        static LedgerResponse of(ClaimLedgerService.Ledger ledger) {
            return new LedgerResponse(ledger.subject(), ledger.asOf(), ledger.balance(),
                    ledger.entries().stream().map(ClaimLedgerResponse.Entry::of).toList());
        }
    }

    /** The payee's account of provider-level adjustments (PLB). */
    public record PayeeAccountResponse(String payeeId, Instant asOf, BigDecimal balance, List<Adjustment> adjustments) {

        /** One PLB adjustment: positive recovered by the payer, negative paid to the practice (interest). */
        public record Adjustment(String payerId, String remittanceId, String reasonCode, String reference,
                BigDecimal amount, Integer segmentPosition, Instant postedAt) {

            static Adjustment of(PayeeAdjustment plb) {
                return new Adjustment(plb.payerId(), plb.remittance().id().toString(), plb.reasonCode(),
                        plb.reference(), plb.amount(), plb.segmentPosition(), plb.postedAt());
            }
        }
    }

    private static final String AS_OF = "the balance as it stood at this instant (ISO 8601); default now";

    private final ClaimLedgerService ledgers;
    private final CurrentTenant tenant;

    ClaimLedgerResource(ClaimLedgerService ledgers, CurrentTenant tenant) {
        this.ledgers = ledgers;
        this.tenant = tenant;
    }

    @GET
    @Path("claims/{claimId}/ledger")
    @Operation(summary = "A submitted claim's ledger entries and balance")
    public ClaimLedgerResponse ledger(@PathParam("claimId") String claimId,
            @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
        return ledgers.ledger(tenant.id(), claimId, QueryParameters.instant("asOf", asOf))
                .map(ClaimLedgerResponse::of).orElseThrow(() -> new NotFoundException("No claim " + claimId));
    }

    @GET
    @Path("claims/{claimId}/lines/{lineNumber}/ledger")
    @Operation(summary = "One claim line's ledger entries and balance")
    public LedgerResponse line(@PathParam("claimId") String claimId, @PathParam("lineNumber") int lineNumber,
            @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
        return ledgers.line(tenant.id(), claimId, lineNumber, QueryParameters.instant("asOf", asOf))
                .map(LedgerResponse::of).orElseThrow(() -> new NotFoundException("No claim " + claimId));
    }

    @GET
    @Path("patients/{patientId}/ledger")
    @Operation(summary = "A patient's claims together: ledger entries and balance")
    public LedgerResponse patient(@PathParam("patientId") String patientId,
            @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
        return ledgers.patient(tenant.id(), patientId, QueryParameters.instant("asOf", asOf))
                .map(LedgerResponse::of).orElseThrow(() -> new NotFoundException("No patient " + patientId));
    }

    @GET
    @Path("payers/{payerId}/ledger")
    @Operation(summary = "Every claim billed to a payer together: ledger entries and balance")
    public LedgerResponse payer(@PathParam("payerId") String payerId,
            @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
        return ledgers.payer(tenant.id(), payerId, QueryParameters.instant("asOf", asOf))
                .map(LedgerResponse::of).orElseThrow(() -> new NotFoundException("No payer " + payerId));
    }

    @GET
    @Path("payees/{payeeId}/account")
    @Operation(summary = "The payee's account of provider-level adjustments (PLB: interest, recoveries ...)")
    public PayeeAccountResponse payee(@PathParam("payeeId") String payeeId,
            @QueryParam("asOf") @Parameter(description = AS_OF) String asOf) {
        ClaimLedgerService.PayeeAccount account = ledgers.payee(tenant.id(), payeeId,
                QueryParameters.instant("asOf", asOf));
        return new PayeeAccountResponse(account.payeeId(), account.asOf(), account.balance(),
                account.adjustments().stream().map(PayeeAccountResponse.Adjustment::of).toList());
    }
}
