package org.openrcm.patientbilling.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.patientbilling.payment.PatientPaymentService;
import org.openrcm.plumbing.tenancy.CurrentTenant;

@Path("/accounts/{accountId}/payments")
@Tag(name = "Patient payments")
@Produces(MediaType.APPLICATION_JSON)
public class PatientPaymentResource {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final PatientPaymentService payments;
    private final CurrentTenant tenant;

    PatientPaymentResource(PatientPaymentService payments, CurrentTenant tenant) {
        this.payments = payments;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a patient payment (card token, cash, check, agency)", description = "Requires an"
            + " Idempotency-Key header: repeating the request with the same key returns the same payment (200) and"
            + " never charges twice; the same key with a different request is a 422. An amount above what the account"
            + " owes becomes a credit. PatientPaymentReceived goes to payments-service.")
    @APIResponse(responseCode = "201", description = "The payment was taken")
    @APIResponse(responseCode = "200", description = "A retry: the payment taken by the first request")
    @APIResponse(responseCode = "422", description = "Key reused for another request, amount above the limit, or a"
            + " card/check payment without its reference")
    public Response pay(@PathParam("accountId") UUID accountId, @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Valid @NotNull PaymentBody body) {
        PatientPaymentService.Outcome outcome = payments.take(tenant.id(), accountId,
                UserHeader.required(IDEMPOTENCY_KEY, key), body.request());
        return Response.status(outcome.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .header("Idempotent-Replayed", outcome.replayed())
                .entity(PaymentResponse.of(outcome.payment())).build();
    }
}
