package org.openrcm.coding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.coding.cac.CacConfig;
import org.openrcm.coding.cac.CodeSuggester;
import org.openrcm.plumbing.tenancy.CurrentTenant;

@Path("/coding/suggestions")
@Tag(name = "Computer-assisted coding")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    private final CodeSuggester suggester;
    private final CurrentTenant tenant;
    private final CacConfig config;

    SuggestionResource(CodeSuggester suggester, CurrentTenant tenant, CacConfig config) {
        this.suggester = suggester;
        this.tenant = tenant;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suggest ICD-10-CM codes for a clinical note", description = "Finds the conditions the"
            + " note states (negated, historical, family-history, hypothetical and uncertain mentions left out),"
            + " the most specific code for each, a confidence and the spans of the note behind it. Stores nothing.")
    @APIResponse(responseCode = "200", description = "The suggestions, most confident first (possibly none)")
    @APIResponse(responseCode = "400", description = "No note, or a malformed field (problem+json)")
    @APIResponse(responseCode = "413", description = "The note is longer than rcm.cac.max-note-length (problem+json)")
    public SuggestionResponse suggest(@NotNull @Valid SuggestionRequest request) {
        // Nothing is stored, but only the practices this service serves may use it.
        tenant.id();
        if (request.note().length() > config.maxNoteLength()) {
            throw new WebApplicationException("The note has " + request.note().length() + " characters; at most "
                    + config.maxNoteLength() + " are taken", Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return new SuggestionResponse(suggester.suggest(request.toInput()));
    }
}
