package org.openrcm.patientbilling.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.patientbilling.settings.BillingSettingsService;
import org.openrcm.plumbing.tenancy.TenantDirectory;

@Path("/tenants/{tenantId}/billing-settings")
@Tag(name = "Billing settings")
@Produces(MediaType.APPLICATION_JSON)
public class BillingSettingsResource {

    private final BillingSettingsService settings;
    private final TenantDirectory tenants;

    BillingSettingsResource(BillingSettingsService settings, TenantDirectory tenants) {
        this.settings = settings;
        this.tenants = tenants;
    }

    @GET
    @Operation(summary = "How the practice bills its patients (the defaults until it saved its own)")
    public BillingSettingsBody get(@PathParam("tenantId") String tenantId) {
        return BillingSettingsBody.of(settings.forTenant(served(tenantId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the practice's billing settings")
    public BillingSettingsBody put(@PathParam("tenantId") String tenantId, @Valid @NotNull BillingSettingsBody body) {
        return BillingSettingsBody.of(settings.save(served(tenantId), body.changes()));
    }

    private String served(String tenantId) {
        if (!TenantDirectory.TENANT_ID.matcher(tenantId).matches() || !tenants.isActive(tenantId)) {
            throw new NotFoundException("No tenant " + tenantId);
        }
        return tenantId;
    }
}
