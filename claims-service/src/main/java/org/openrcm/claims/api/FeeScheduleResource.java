package org.openrcm.claims.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.claims.domain.FeeScheduleService;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.UniqueViolations;

@Path("/fee-schedule")
@Tag(name = "Tenant configuration")
@Produces(MediaType.APPLICATION_JSON)
public class FeeScheduleResource {

    private final FeeScheduleService fees;
    private final CurrentTenant tenant;

    FeeScheduleResource(FeeScheduleService fees, CurrentTenant tenant) {
        this.fees = fees;
        this.tenant = tenant;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the practice's fee schedule", description = "Claims built from now on are priced"
            + " from it (fee x units); claims already built keep their prices.")
    @APIResponse(responseCode = "200", description = "The schedule now in force")
    @APIResponse(responseCode = "400", description = "Invalid schedule (problem+json with field violations)")
    public FeeScheduleBody put(@NotNull @Valid FeeScheduleBody request) {
        String tenantId = tenant.id();
        Map<String, BigDecimal> schedule = byCode(request);
        try {
            fees.replace(tenantId, schedule);
        } catch (RuntimeException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent replacement inserted the same codes first; replacing again makes this one win.
            fees.replace(tenantId, schedule);
        }
        return get();
    }

    @GET
    @Operation(summary = "The practice's fee schedule, by procedure code")
    public FeeScheduleBody get() {
        return new FeeScheduleBody(fees.list(tenant.id()).stream()
                .map(entry -> new FeeScheduleBody.Entry(entry.procedureCode(), entry.amount())).toList());
    }

    /** One fee per code, at two decimals; a code listed twice is ambiguous and named. */
    private static Map<String, BigDecimal> byCode(FeeScheduleBody request) {
        Map<String, BigDecimal> schedule = new LinkedHashMap<>();
        List<Problem.Violation> duplicates = new ArrayList<>();
        for (int i = 0; i < request.entries().size(); i++) {
            FeeScheduleBody.Entry entry = request.entries().get(i);
            if (schedule.putIfAbsent(entry.procedureCode(), entry.amount().setScale(2)) != null) {
                duplicates.add(new Problem.Violation("entries[" + i + "].procedureCode",
                        entry.procedureCode() + " is listed more than once"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw new InvalidRequestException(duplicates);
        }
        return schedule;
    }
}
