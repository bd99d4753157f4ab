package org.openrcm.payments.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Paper EOBs keyed in by a poster: balanced, matched and posted like any remittance, marked MANUAL. */
@Path("/manual-postings")
@Tag(name = "Remittances")
@Produces(MediaType.APPLICATION_JSON)
public class ManualPostingResource {

    private final RemittanceResource remittances;
    private final JsonRemittanceReader reader;

    ManualPostingResource(RemittanceResource remittances, JsonRemittanceReader reader) {
        this.remittances = remittances;
        this.reader = reader;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a paper EOB (same body as POST /remittances; the trace is the check number)")
    public Response post(@NotNull @Valid RemittanceRequest request) {
        return remittances.take(reader.readManual(request));
    }
}
