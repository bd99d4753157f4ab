package org.openrcm.patientbilling.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.patientbilling.domain.AccountItem;
import org.openrcm.patientbilling.domain.AccountQueryService;
import org.openrcm.patientbilling.domain.AccountServicingService;
import org.openrcm.patientbilling.report.AccountInquiryService;
import org.openrcm.patientbilling.report.AccountNote;
import org.openrcm.plumbing.tenancy.CurrentTenant;
import org.openrcm.plumbing.web.QueryParameters;

@Path("/accounts")
@Tag(name = "Patient accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountQueryService queries;
    private final AccountServicingService servicing;
    private final AccountInquiryService inquiries;
    private final CurrentTenant tenant;

    AccountResource(AccountQueryService queries, AccountServicingService servicing, AccountInquiryService inquiries,
            CurrentTenant tenant) {
        this.queries = queries;
        this.servicing = servicing;
        this.inquiries = inquiries;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The tenant's patient accounts, by patient id")
    public List<AccountSummaryResponse> list(@Valid @BeanParam PageRequest paging) {
        return queries.list(tenant.id(), paging.page, paging.size).stream().map(AccountSummaryResponse::of).toList();
    }

    @GET
    @Path("/{accountId}")
    @Operation(summary = "One account: balance, guarantor, and every charge and payment")
    public AccountResponse get(@PathParam("accountId") UUID accountId) {
        return queries.account(tenant.id(), accountId).map(AccountResponse::of)
                .orElseThrow(() -> new NotFoundException("No account " + accountId));
    }

    @GET
    @Path("/{accountId}/balance")
    @Operation(summary = "What the account owed at the end of a day (asOf=YYYY-MM-DD in the practice's time zone,"
            + " default today), replayed from its history, with the items that make it")
    public AccountBalanceResponse balance(@PathParam("accountId") UUID accountId,
            @QueryParam("asOf") @Parameter(description = "YYYY-MM-DD, the practice's local date") String asOf) {
        return queries.balanceAsOf(tenant.id(), accountId, QueryParameters.date("asOf", asOf))
                .map(AccountBalanceResponse::of).orElseThrow(() -> new NotFoundException("No account " + accountId));
    }

    @GET
    @Path("/{accountId}/statements")
    @Operation(summary = "The statements issued for an account, newest first")
    public List<StatementSummaryResponse> statements(@PathParam("accountId") UUID accountId,
            @Valid @BeanParam PageRequest paging) {
        return queries.statementsOf(tenant.id(), accountId, paging.page, paging.size)
                .map(statements -> statements.stream().map(StatementSummaryResponse::of).toList())
                .orElseThrow(() -> new NotFoundException("No account " + accountId));
    }

    @GET
    @Path("/{accountId}/view")
    @Operation(summary = "The account as the patient sees it: what do I owe and why (open items, paged), aging,"
            + " due date, credit, plan and holds")
    public PatientAccountView view(@PathParam("accountId") UUID accountId, @Valid @BeanParam PageRequest paging) {
        return PatientAccountView.of(inquiries.patientView(tenant.id(), accountId, paging.page, paging.size),
                paging.page, paging.size);
    }

    @PUT
    @Path("/{accountId}/guarantor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name a guarantor other than the patient (a child's parent); claims no longer change it")
    public AccountSummaryResponse assignGuarantor(@PathParam("accountId") UUID accountId,
            @Valid @NotNull AccountRequests.GuarantorBody body) {
        return AccountSummaryResponse.of(servicing.assignGuarantor(tenant.id(), accountId, body.firstName(),
                body.lastName(), body.mailingAddress().address(), body.relationship()));
    }

    @PUT
    @Path("/{accountId}/guarantor-account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The guarantor of another account answers for this one too (a second child of one parent):"
            + " both are billed on one statement to that guarantor")
    public AccountSummaryResponse shareGuarantor(@PathParam("accountId") UUID accountId,
            @Valid @NotNull AccountRequests.SharedGuarantorBody body) {
        return AccountSummaryResponse.of(servicing.shareGuarantor(tenant.id(), accountId, body.guarantorAccountId(),
                body.relationship()));
    }

    @POST
    @Path("/{accountId}/write-offs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write off up to the balance, audited with X-User, reason and note")
    public Response writeOff(@PathParam("accountId") UUID accountId, @BeanParam UserHeader user,
            @Valid @NotNull AccountRequests.WriteOffBody body) {
        return created(servicing.writeOff(tenant.id(), accountId, body.amount(), body.reason(), user.user(),
                body.note()));
    }

    @POST
    @Path("/{accountId}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refund (part of) the account's credit, audited with X-User and note")
    public Response refund(@PathParam("accountId") UUID accountId, @BeanParam UserHeader user,
            @Valid @NotNull AccountRequests.RefundBody body) {
        return created(servicing.refund(tenant.id(), accountId, body.amount(), user.user(), body.note()));
    }

    @POST
    @Path("/{accountId}/collections/recall")
    @Operation(summary = "Recall the account from the collection agency: the practice bills it again")
    public AccountSummaryResponse recall(@PathParam("accountId") UUID accountId) {
        return AccountSummaryResponse.of(servicing.recallFromCollections(tenant.id(), accountId));
    }

    @GET
    @Path("/{accountId}/notes")
    @Operation(summary = "Notes on the account, newest first")
    public List<NoteResponse> notes(@PathParam("accountId") UUID accountId, @Valid @BeanParam PageRequest paging) {
        return inquiries.notes(tenant.id(), accountId, paging.page, paging.size)
                .map(notes -> notes.stream().map(NoteResponse::of).toList())
                .orElseThrow(() -> new NotFoundException("No account " + accountId));
    }

    @POST
    @Path("/{accountId}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a note (X-User is its author)")
    public Response addNote(@PathParam("accountId") UUID accountId, @BeanParam UserHeader user,
            @Valid @NotNull AccountRequests.NoteBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(NoteResponse.of(inquiries.addNote(tenant.id(), accountId, user.user(), body.text()))).build();
    }

    /** A note on an account. */
    public record NoteResponse(String noteId, String author, String text, java.time.Instant createdAt) {

        static NoteResponse of(AccountNote note) {
            return new NoteResponse(note.id().toString(), note.author(), note.text(), note.createdAt());
        }
    }

    private static Response created(AccountItem item) {
        return Response.status(Response.Status.CREATED).entity(AccountResponse.Item.of(item)).build();
    }
}
