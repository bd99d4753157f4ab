package org.openrcm.patientbilling.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openrcm.patientbilling.domain.AccountQueryService;
import org.openrcm.plumbing.tenancy.CurrentTenant;

@Path("/accounts")
@Tag(name = "Patient accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountQueryService queries;
    private final CurrentTenant tenant;

    AccountResource(AccountQueryService queries, CurrentTenant tenant) {
        this.queries = queries;
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
    @Path("/{accountId}/statements")
    @Operation(summary = "The statements issued for an account, newest first")
    public List<StatementSummaryResponse> statements(@PathParam("accountId") UUID accountId) {
        return queries.statementsOf(tenant.id(), accountId)
                .map(statements -> statements.stream().map(StatementSummaryResponse::of).toList())
                .orElseThrow(() -> new NotFoundException("No account " + accountId));
    }
}
