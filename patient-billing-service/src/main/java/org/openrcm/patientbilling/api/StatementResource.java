package org.openrcm.patientbilling.api;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.patientbilling.domain.AccountQueryService;
import org.openrcm.plumbing.tenancy.CurrentTenant;

@Path("/statements")
@Tag(name = "Statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    private static final String PDF = "application/pdf";

    private final AccountQueryService queries;
    private final CurrentTenant tenant;

    StatementResource(AccountQueryService queries, CurrentTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GET
    @Path("/{statementId}.pdf")
    @Produces(PDF)
    @Operation(summary = "The statement as mailed, as PDF")
    public Response pdf(@PathParam("statementId") UUID statementId) {
        byte[] pdf = queries.pdf(tenant.id(), statementId)
                .orElseThrow(() -> new NotFoundException("No statement document " + statementId));
        return Response.ok(pdf, PDF).header("Content-Disposition",
                "inline; filename=\"statement-" + statementId + ".pdf\"").build();
    }

    @GET
    @Path("/{statementId}/print-file")
    @Operation(summary = "The statement as JSON for a print-and-mail vendor: everything the PDF shows")
    public Response printFile(@PathParam("statementId") UUID statementId) {
        return Response.ok(queries.vendorJson(tenant.id(), statementId)
                .orElseThrow(() -> new NotFoundException("No statement document " + statementId)),
                MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{statementId}")
    @Operation(summary = "One statement as mailed: figures and lines")
    public StatementResponse get(@PathParam("statementId") UUID statementId) {
        return queries.statement(tenant.id(), statementId).map(StatementResponse::of)
                .orElseThrow(() -> new NotFoundException("No statement " + statementId));
    }
}
