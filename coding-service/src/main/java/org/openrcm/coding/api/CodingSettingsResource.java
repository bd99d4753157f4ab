package org.openrcm.coding.api;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.coding.domain.CodingSettingsService;
import org.openrcm.plumbing.tenancy.CurrentTenant;

/** A practice's coding settings. */
@Path("/admin/coding-settings")
@Tag(name = "Coding settings")
@Produces(MediaType.APPLICATION_JSON)
public class CodingSettingsResource {

    /** The confidence computer-assisted coding must reach to code without a coder, 0.00 to 1.00. */
    public record SettingsDto(@NotNull @DecimalMin("0.00") @DecimalMax("1.00") @Digits(integer = 1, fraction = 2)
            BigDecimal autoCodingThreshold) {
    }

    private final CodingSettingsService settings;
    private final CurrentTenant tenant;

    CodingSettingsResource(CodingSettingsService settings, CurrentTenant tenant) {
        this.settings = settings;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The practice's coding settings (the default until it sets its own)")
    public SettingsDto get() {
        return new SettingsDto(settings.autoCodingThreshold(tenant.id()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the practice's auto-coding confidence threshold")
    public SettingsDto put(@NotNull @Valid SettingsDto body) {
        return new SettingsDto(settings.changeAutoCodingThreshold(tenant.id(), body.autoCodingThreshold()));
    }
}
