package org.townreform.fiscal.settlement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.settlement.ReopenYear;
import org.townreform.fiscal.settlement.SettleYear;
import org.townreform.fiscal.settlement.SettlementView;
import org.townreform.fiscal.settlement.service.SettlementService;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}/settlements/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settlements", description = "Annual settlement (决算) of a town's year (SPEC §3.5)")
public class SettlementResource {
    private final SettlementService service;
    private final IdempotentWrites idempotent;
    private final FiscalConfig config;

    public SettlementResource(SettlementService service, IdempotentWrites idempotent, FiscalConfig config) {
        this.service = service;
        this.idempotent = idempotent;
        this.config = config;
    }

    @POST
    @Operation(operationId = "settleYear", summary = "Settle the year (county-finance): annual return vs the monthly lines, adjustment recorded, the "
            + "year's periods closed. The body is optional")
    public Uni<SettlementView> settle(@PathParam("code") String code, @PathParam("year") String year,
            @Valid SettleYear body, @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        String town = Towns.check(code);
        int y = Periods.year("year", year, config.firstYear());
        SettleYear in = body == null ? new SettleYear(null, null) : body;
        return idempotent.run(idempotencyKey, "POST /api/v1/towns/" + town + "/settlements/" + y, in,
                SettlementView.class, () -> service.settle(town, y, in));
    }

    @GET
    @Operation(operationId = "getSettlement", summary = "The year's status (OPEN or SETTLED), its settlement and earlier reopened ones")
    public Uni<SettlementView> get(@PathParam("code") String code, @PathParam("year") String year) {
        return service.get(Towns.check(code), Periods.year("year", year, config.firstYear()));
    }

    @POST
    @Path("/reopen")
    @Operation(operationId = "reopenYear", summary = "Reopen a settled year (county-finance) with a reason, audited; If-Match optional")
    public Uni<SettlementView> reopen(@PathParam("code") String code, @PathParam("year") String year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ReopenYear body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, body, SettlementView.class,
                () -> service.reopen(Towns.check(code), Periods.year("year", year, config.firstYear()), ifMatch, body));
    }
}
