package org.openrcm.payments.api;

import java.util.List;
import java.util.UUID;

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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.payments.denial.DenialService;
import org.openrcm.payments.denial.DenialStatus;
import org.openrcm.payments.remittance.ClaimPayment;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.Paging;

/** The denial queue: by reason, payer and age; appeal, correct and resubmit, or write off with a reason. */
@Path("/denials")
@Tag(name = "Denials")
@Produces(MediaType.APPLICATION_JSON)
public class DenialResource {

    /** A write-off: the CARC it is booked under (e.g. 29 timely filing) and why. */
    public record WriteOffRequest(
            @NotNull @Pattern(regexp = "^[0-9A-Z]{1,5}$", message = "must be a claim adjustment reason code") String reasonCode,
            @NotBlank @Size(max = 2000) String note) {
    }

    private final DenialService denials;
    private final CurrentTenant tenant;
    private final CurrentUser user;

    DenialResource(DenialService denials, CurrentTenant tenant, CurrentUser user) {
        this.denials = denials;
        this.tenant = tenant;
        this.user = user;
    }

    @GET
    @Operation(summary = "Denials, oldest first, by work status, denial reason (CARC), payer and minimum age in days")
    public List<ClaimPaymentResponse> list(@QueryParam("status") String status,
            @QueryParam("reasonCode") String reasonCode, @QueryParam("payerId") String payerId,
            @QueryParam("minAgeDays") @Min(0) Integer minAgeDays,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return denials.list(tenant.id(), QueryParameters.enumValue("status", status, DenialStatus.class), reasonCode,
                payerId, minAgeDays, page, size).stream().map(ClaimPaymentResponse::of).toList();
    }

    @POST
    @Path("/{denialId}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the denial is appealed (audited)")
    public ClaimPaymentResponse appeal(@PathParam("denialId") UUID id, @Valid NoteRequest request) {
        return found(id, denials.appeal(tenant.id(), id, note(request), user.id()));
    }

    @POST
    @Path("/{denialId}/resubmit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask claims-service to correct and resubmit the claim (ClaimCorrectionRequested; audited)")
    public ClaimPaymentResponse resubmit(@PathParam("denialId") UUID id, @Valid NoteRequest request) {
        return found(id, denials.resubmit(tenant.id(), id, note(request), user.id()));
    }

    @POST
    @Path("/{denialId}/write-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write off what the payer still owes on the denied claim, with a reason (audited)")
    public ClaimPaymentResponse writeOff(@PathParam("denialId") UUID id, @NotNull @Valid WriteOffRequest request) {
        return found(id, denials.writeOff(tenant.id(), id, request.reasonCode(), request.note(), user.id()));
    }

    private static String note(NoteRequest request) {
        return request == null ? null : request.note();
    }

    private static ClaimPaymentResponse found(UUID id, java.util.Optional<ClaimPayment> denial) {
        return denial.map(ClaimPaymentResponse::of).orElseThrow(() -> new NotFoundException("No denial " + id));
    }
}
