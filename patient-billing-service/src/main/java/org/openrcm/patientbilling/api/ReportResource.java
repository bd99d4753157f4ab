package org.openrcm.patientbilling.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.patientbilling.report.PatientArReportService;
import org.openrcm.plumbing.tenancy.CurrentTenant;

@Path("/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final PatientArReportService reports;
    private final CurrentTenant tenant;

    ReportResource(PatientArReportService reports, CurrentTenant tenant) {
        this.reports = reports;
        this.tenant = tenant;
    }

    @GET
    @Path("/patient-ar")
    @Operation(summary = "Patient A/R KPIs: aging, credits, collections, statement-to-payment days, collection rate,"
            + " plan compliance")
    public PatientArReportService.PatientArKpis patientAr() {
        return reports.kpis(tenant.id());
    }
}
