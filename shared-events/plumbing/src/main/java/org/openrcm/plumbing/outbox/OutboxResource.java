package org.openrcm.plumbing.outbox;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators' handle on parked outbox rows: see them, and put them back in line once the cause is fixed. */
@Path("/admin/outbox/parked")
@Tag(name = "Outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    /** The number of rows released. */
    public record Released(int released) {
    }

    private final OutboxRelay relay;

    OutboxResource(OutboxRelay relay) {
        this.relay = relay;
    }

    @GET
    @Operation(summary = "How many outbox rows are parked (refused by Kafka), and the first of them")
    public OutboxRelay.Parked parked() {
        return relay.parked();
    }

    @POST
    @Path("/release")
    @Operation(summary = "Put every parked row back in line, e.g. after the missing topic was created")
    public Released release() {
        return new Released(relay.releaseParked());
    }
}
