package org.openrcm.coding.api;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.coding.codeset.CodeSearchHit;
import org.openrcm.coding.codeset.CodeSetImportService;
import org.openrcm.coding.codeset.CodeSetKind;
import org.openrcm.coding.codeset.CodeSetLookup;
import org.openrcm.coding.codeset.CodeSetRelease;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.InvalidParameterException;
import org.openrcm.plumbing.web.Paging;
import org.openrcm.plumbing.web.QueryParameters;

/** Code set releases (import, list) for the administrator, and code search for the coder. */
@Path("/")
@Tag(name = "Code sets")
@Produces(MediaType.APPLICATION_JSON)
public class CodeSetResource {

    private static final String KINDS = "icd10cm, hcpcs, cpt, ncci-ptp, mue or conventions";

    private final CodeSetImportService importer;
    private final CodeSetLookup lookup;
    private final CurrentTenant tenant;
    private final Clock clock;

    CodeSetResource(CodeSetImportService importer, CodeSetLookup lookup, CurrentTenant tenant, Clock clock) {
        this.importer = importer;
        this.lookup = lookup;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** A release as the API shows it. */
    public record ReleaseResponse(String kind, String name, LocalDate effectiveDate, int rows, boolean tenantOwned) {

        static ReleaseResponse of(CodeSetRelease release) {
            return new ReleaseResponse(release.kind().pathName(), release.name(), release.effectiveDate(),
                    release.rowCount(), release.tenantId() != null);
        }
    }

    @POST
    @Path("admin/codesets/{kind}/releases")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, "text/csv", "text/tab-separated-values"})
    @Operation(summary = "Import a code set release from the file as published",
            description = "One transaction: a bad line is a 400 naming its number and nothing of the release is"
                    + " stored. CPT is stored for the calling tenant only (X-Tenant-Id); the other kinds are shared.")
    @APIResponse(responseCode = "201", description = "Release imported")
    @APIResponse(responseCode = "400", description = "Unknown kind, missing parameter or a bad line")
    @APIResponse(responseCode = "409", description = "A release of that name exists")
    public Response importRelease(@PathParam("kind") @Parameter(description = KINDS) String kind,
            @QueryParam("release") @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$",
                    message = "must be letters, digits, dot, dash or underscore") String release,
            @QueryParam("effective") @NotBlank @Parameter(description = "first day in force, YYYY-MM-DD")
            String effective,
            InputStream file) {
        CodeSetKind codeSet = kind(kind);
        String tenantId = codeSet.tenantLicensed() ? tenant.id() : null;
        CodeSetRelease imported = importer.importRelease(codeSet, tenantId, release,
                QueryParameters.date("effective", effective), file);
        return Response.status(Response.Status.CREATED).entity(ReleaseResponse.of(imported)).build();
    }

    @GET
    @Path("admin/codesets/{kind}/releases")
    @Operation(summary = "The releases of a code set, newest first")
    public List<ReleaseResponse> releases(@PathParam("kind") @Parameter(description = KINDS) String kind) {
        CodeSetKind codeSet = kind(kind);
        return importer.releases(codeSet, codeSet.tenantLicensed() ? tenant.id() : null).stream()
                .map(ReleaseResponse::of).toList();
    }

    @GET
    @Path("codesets/search")
    @Operation(summary = "Search the codes in force on a date by code prefix or words of the description",
            description = "ICD-10-CM, HCPCS and the tenant's CPT; a code-prefix match ranks first, then text rank.")
    public List<CodeSearchHit> search(@QueryParam("q") @NotBlank @Size(max = 100) String q,
            @QueryParam("dateOfService") @Parameter(description = "YYYY-MM-DD, default today") String dateOfService,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        LocalDate date = QueryParameters.date("dateOfService", dateOfService);
        return lookup.search(tenant.id(), date != null ? date : LocalDate.now(clock), q, page, size);
    }

    private static CodeSetKind kind(String name) {
        CodeSetKind kind = CodeSetKind.ofPathName(name);
        if (kind == null) {
            throw new InvalidParameterException("kind", "must be one of " + KINDS);
        }
        return kind;
    }
}
