package org.openrcm.patientbilling.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.patientbilling.dunning.AccountHold;
import org.openrcm.patientbilling.dunning.HoldKind;
import org.openrcm.patientbilling.dunning.HoldService;
import org.openrcm.plumbing.tenancy.CurrentTenant;

@Path("/accounts/{accountId}/holds")
@Tag(name = "Dunning")
@Produces(MediaType.APPLICATION_JSON)
public class HoldResource {

    public record HoldBody(@Size(max = 500) String note) {
    }

    /** A hold with who set and cleared it; active while clearedAt is null. */
    public record HoldResponse(String holdId, HoldKind kind, String note, String setBy, Instant setAt,
            String clearedBy, Instant clearedAt) {

        static HoldResponse of(AccountHold hold) {
            return new HoldResponse(hold.id().toString(), hold.kind(), hold.note(), hold.setBy(), hold.setAt(),
                    hold.clearedBy(), hold.clearedAt());
        }
    }

    private final HoldService holds;
    private final CurrentTenant tenant;

    HoldResource(HoldService holds, CurrentTenant tenant) {
        this.holds = holds;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "Every hold the account had, oldest first")
    public List<HoldResponse> list(@PathParam("accountId") UUID accountId) {
        return holds.history(tenant.id(), accountId).stream().map(HoldResponse::of).toList();
    }

    @PUT
    @Path("/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place a hold (DISPUTE, BANKRUPTCY, DECEASED, INSURANCE_APPEAL): no dunning, no collections")
    public HoldResponse place(@PathParam("accountId") UUID accountId, @PathParam("kind") String kind,
            @BeanParam UserHeader user, @Valid HoldBody body) {
        return HoldResponse.of(holds.place(tenant.id(), accountId, HoldKinds.parse(kind),
                body == null ? null : body.note(), user.user()));
    }

    @DELETE
    @Path("/{kind}")
    @Operation(summary = "Clear the account's active hold of this kind")
    public HoldResponse clear(@PathParam("accountId") UUID accountId, @PathParam("kind") String kind,
            @BeanParam UserHeader user) {
        return HoldResponse.of(holds.clear(tenant.id(), accountId, HoldKinds.parse(kind), user.user()));
    }
}
