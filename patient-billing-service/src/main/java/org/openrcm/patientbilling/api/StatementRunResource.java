package org.openrcm.patientbilling.api;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.patientbilling.domain.StatementRunService;
import org.openrcm.plumbing.tenancy.CurrentTenant;

@Path("/statement-runs")
@Tag(name = "Statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementRunResource {

    private final StatementRunService runs;
    private final CurrentTenant tenant;

    StatementRunResource(StatementRunService runs, CurrentTenant tenant) {
        this.runs = runs;
        this.tenant = tenant;
    }

    @POST
    @Operation(summary = "Run statements for the tenant now", description = "One statement for every account that"
            + " owes something and had activity since its last statement; accounts whose guarantor address is not"
            + " known yet are skipped and counted. Safe to repeat or run concurrently: nothing is billed twice.")
    @APIResponse(responseCode = "200", description = "What the run issued")
    public StatementRunResponse run() {
        return StatementRunResponse.of(runs.run(tenant.id()));
    }
}
