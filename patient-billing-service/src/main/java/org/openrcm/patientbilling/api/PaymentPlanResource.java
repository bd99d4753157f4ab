package org.openrcm.patientbilling.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.patientbilling.plan.PaymentPlan;
import org.openrcm.patientbilling.plan.PaymentPlanService;
import org.openrcm.patientbilling.plan.PlanFrequency;
import org.openrcm.patientbilling.plan.PlanStatus;
import org.openrcm.plumbing.tenancy.CurrentTenant;

@Path("/accounts/{accountId}/payment-plans")
@Tag(name = "Payment plans")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentPlanResource {

    public record PlanBody(
            @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 8, fraction = 2)
            BigDecimal totalAmount,
            @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 8, fraction = 2)
            BigDecimal installmentAmount,
            @NotNull PlanFrequency frequency,
            @NotNull LocalDate firstDueDate,
            boolean autopay) {
    }

    public record PlanResponse(String planId, String accountId, BigDecimal totalAmount, BigDecimal installmentAmount,
            int installments, PlanFrequency frequency, LocalDate firstDueDate, boolean autopay, PlanStatus status,
            Instant createdAt, Instant endedAt) {

        static PlanResponse of(PaymentPlan plan) {
            return new PlanResponse(plan.id().toString(), plan.accountId().toString(), plan.totalAmount(),
                    plan.installmentAmount(), plan.installments(), plan.frequency(), plan.firstDueDate(),
                    plan.autopay(), plan.status(), plan.createdAt(), plan.endedAt());
        }
    }

    private final PaymentPlanService plans;
    private final CurrentTenant tenant;

    PaymentPlanResource(PaymentPlanService plans, CurrentTenant tenant) {
        this.plans = plans;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a payment plan", description = "Keeps the account out of dunning while every"
            + " installment due is paid; a missed one (checked at each statement run) breaks the plan and dunning"
            + " resumes. Emits PaymentPlanCreated. autopay is recorded for the processor integration; this service"
            + " does not charge cards by itself.")
    public Response create(@PathParam("accountId") UUID accountId, @Valid @NotNull PlanBody body) {
        PaymentPlan plan = plans.create(tenant.id(), accountId, new PaymentPlanService.Terms(body.totalAmount(),
                body.installmentAmount(), body.frequency(), body.firstDueDate(), body.autopay()));
        return Response.status(Response.Status.CREATED).entity(PlanResponse.of(plan)).build();
    }

    @GET
    @Operation(summary = "The account's payment plans, oldest first")
    public List<PlanResponse> list(@PathParam("accountId") UUID accountId) {
        return plans.plansOf(tenant.id(), accountId).stream().map(PlanResponse::of).toList();
    }
}
