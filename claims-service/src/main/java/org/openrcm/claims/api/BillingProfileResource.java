package org.openrcm.claims.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.claims.domain.BillingProfileDetails;
import org.openrcm.claims.domain.BillingProfileService;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.Problem;
import org.openrcm.plumbing.web.UniqueViolations;

@Path("/billing-profile")
@Tag(name = "Tenant configuration")
@Produces(MediaType.APPLICATION_JSON)
public class BillingProfileResource {

    /** 837P 2010AA N403: the billing provider's ZIP has nine digits. */
    private static final int ZIP_PLUS_4 = 9;

    private final BillingProfileService profiles;
    private final CurrentTenant tenant;

    BillingProfileResource(BillingProfileService profiles, CurrentTenant tenant) {
        this.profiles = profiles;
        this.tenant = tenant;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the practice's billing profile", description = "Replaces the whole profile. Claims"
            + " built from now on carry its NPI; without one, claims are held with NO_BILLING_PROFILE. The address"
            + " needs a ZIP+4. taxonomyCode is sent as PRV*BI to payers that require it; payToAddress, submitter and"
            + " receiver are optional (the bureau's submitter and clearinghouse are used without them).")
    @APIResponse(responseCode = "201", description = "Profile created")
    @APIResponse(responseCode = "200", description = "Profile replaced")
    @APIResponse(responseCode = "400", description = "Invalid profile (problem+json with field violations)")
    public Response put(@NotNull @Valid BillingProfileRequest request) {
        String tenantId = tenant.id();
        if (request.address().postalCode().length() != ZIP_PLUS_4) {
            throw new InvalidRequestException(List.of(new Problem.Violation("address.postalCode",
                    "must be a 9-digit ZIP+4: the 837P billing provider address (2010AA N403) requires it")));
        }
        boolean created;
        try {
            created = profiles.save(tenantId, request.toDetails());
        } catch (RuntimeException e) {
            if (!UniqueViolations.isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent first PUT of the same tenant won the insert; this one replaces it.
            created = profiles.save(tenantId, request.toDetails());
        }
        BillingProfileDetails saved = request.toDetails();
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(saved).build();
    }

    @GET
    @Operation(summary = "The practice's billing profile")
    @APIResponse(responseCode = "404", description = "No billing profile set yet")
    public BillingProfileDetails get() {
        return profiles.find(tenant.id())
                .orElseThrow(() -> new NotFoundException("No billing profile has been set for this tenant"));
    }
}
