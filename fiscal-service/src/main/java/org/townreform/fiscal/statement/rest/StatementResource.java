package org.townreform.fiscal.statement.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.statement.IssueStatement;
import org.townreform.fiscal.statement.StatementView;
import org.townreform.fiscal.statement.service.StatementService;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "Issued monthly return statements: stored documents that never change")
public class StatementResource {
    private final StatementService service;
    private final IdempotentWrites idempotent;
    private final FiscalConfig config;

    public StatementResource(StatementService service, IdempotentWrites idempotent, FiscalConfig config) {
        this.service = service;
        this.idempotent = idempotent;
        this.config = config;
    }

    @POST
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "issueStatement", summary = "Issue a month's statement (county-finance) once the month has ended, months of a year in order; "
            + "stored as issued, audited; a month is issued once")
    public Uni<RestResponse<StatementView>> issue(@PathParam("code") String code, @NotNull @Valid IssueStatement body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        String town = Towns.check(code);
        return idempotent.run(idempotencyKey, "POST /api/v1/towns/" + town + "/statements", body,
                StatementView.class, () -> service.issue(town, body))
                .map(s -> RestResponse.ResponseBuilder.<StatementView>created(
                        URI.create("/api/v1/towns/" + town + "/statements/" + s.period())).entity(s).build());
    }

    @GET
    @Operation(operationId = "listStatements", summary = "The statements issued for a year, in period order")
    public Uni<List<StatementView>> list(@PathParam("code") String code, @QueryParam("year") String year) {
        return service.list(Towns.check(code), Periods.year("year", year, config.firstYear()));
    }

    @GET
    @Path("/{period}")
    @Operation(operationId = "getStatement", summary = "One issued statement (404 while the month is not issued)")
    public Uni<StatementView> get(@PathParam("code") String code, @PathParam("period") String period) {
        return service.get(Towns.check(code), period);
    }
}
