package org.openrcm.payments.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.payments.deposit.Deposit;
import org.openrcm.payments.deposit.DepositService;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.Paging;

/** EFT reassociation: bank deposits matched to remittances by trace number and amount. */
@Path("/deposits")
@Tag(name = "Deposits")
@Produces(MediaType.APPLICATION_JSON)
public class DepositResource {

    /** A deposit as the bank reported it; the trace number is the EFT trace (TRN02) when the bank gave it. */
    public record DepositRequest(@NotBlank @Size(max = 80) String bankReference,
            @Size(max = 50) String traceNumber,
            @NotNull @Pattern(regexp = AmountFormat.MONEY, message = AmountFormat.MONEY_MESSAGE) String amount,
            @NotNull LocalDate depositDate) {
    }

    /** A deposit and the remittance it was matched to (null: none yet). */
    public record DepositResponse(String depositId, String bankReference, String traceNumber, BigDecimal amount,
            LocalDate depositDate, String remittanceId, Instant recordedAt) {

        static DepositResponse of(Deposit deposit) {
            return new DepositResponse(deposit.id().toString(), deposit.bankReference(), deposit.traceNumber(),
                    deposit.amount(), deposit.depositDate(),
                    deposit.remittanceId() == null ? null : deposit.remittanceId().toString(),
                    deposit.recordedAt());
        }
    }

    private final DepositService deposits;
    private final CurrentTenant tenant;
    private final CurrentUser user;

    DepositResource(DepositService deposits, CurrentTenant tenant, CurrentUser user) {
        this.deposits = deposits;
        this.tenant = tenant;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a bank deposit; it is matched to the remittance with its trace and amount",
            description = "Idempotent on bankReference: a repeat returns the deposit recorded (200).")
    public Response record(@NotNull @Valid DepositRequest request) {
        DepositService.Recorded recorded = deposits.record(tenant.id(), request.bankReference(),
                request.traceNumber(), new BigDecimal(request.amount()), request.depositDate(), user.id());
        DepositResponse body = DepositResponse.of(recorded.deposit());
        return recorded.created()
                ? Response.created(URI.create("/deposits/" + body.depositId())).entity(body).build()
                : Response.ok(body).build();
    }

    @GET
    @Path("/unmatched")
    @Operation(summary = "Deposits no remittance was matched to")
    public List<DepositResponse> unmatched(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return deposits.withoutRemittance(tenant.id(), page, size).stream().map(DepositResponse::of).toList();
    }

    @GET
    @Path("/missing")
    @Operation(summary = "Remittances that moved money but no deposit was matched to")
    public List<RemittanceResponse> remittancesWithoutDeposit(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return deposits.remittancesWithoutDeposit(tenant.id(), page, size).stream().map(RemittanceResponse::of)
                .toList();
    }
}
