package org.townreform.fiscal.disbursement.rest;

import java.net.URI;

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
import org.townreform.common.config.CommonConfig;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.disbursement.DisbursementView;
import org.townreform.fiscal.disbursement.NewDisbursement;
import org.townreform.fiscal.disbursement.OutstandingView;
import org.townreform.fiscal.disbursement.service.DisbursementService;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/towns/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disbursements", description = "Transfers of returns, outstanding, due and overdue amounts (SPEC §3.4)")
public class DisbursementResource {
    private final DisbursementService service;
    private final IdempotentWrites idempotent;
    private final CommonConfig common;
    private final FiscalConfig config;

    public DisbursementResource(DisbursementService service, IdempotentWrites idempotent, CommonConfig common,
            FiscalConfig config) {
        this.service = service;
        this.idempotent = idempotent;
        this.common = common;
        this.config = config;
    }

    @GET
    @Path("/disbursements")
    @Operation(operationId = "listDisbursements", summary = "A town's disbursements in recording order, optionally of one year's periods")
    public Uni<Page<DisbursementView>> list(@PathParam("code") String code, @QueryParam("year") String year,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        String town = Towns.check(code);
        Integer y = year == null || year.isBlank() ? null : Periods.year("year", year, config.firstYear());
        return service.list(town, y, PageRequest.of(limit, cursor, common.paging()));
    }

    @POST
    @Path("/disbursements")
    @Extension(name = "x-created", value = "always")
    @Operation(operationId = "recordDisbursement", summary = "Record a disbursement (county-finance); partial allowed, never beyond the outstanding amount "
            + "of its period and earmark")
    public Uni<RestResponse<DisbursementView>> record(@PathParam("code") String code,
            @NotNull @Valid NewDisbursement body, @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        String town = Towns.check(code);
        return idempotent.run(idempotencyKey, "POST /api/v1/towns/" + town + "/disbursements", body,
                DisbursementView.class, () -> service.record(town, body))
                .map(d -> RestResponse.ResponseBuilder.<DisbursementView>created(
                        URI.create("/api/v1/towns/" + town + "/disbursements?year=" + d.period().substring(0, 4)))
                        .entity(d).build());
    }

    @GET
    @Path("/outstanding")
    @Operation(operationId = "getOutstandingReturns", summary = "Outstanding returns per period and earmark on asOf (default today), with due and overdue "
            + "status; optionally one year's periods")
    public Uni<OutstandingView> outstanding(@PathParam("code") String code, @QueryParam("asOf") String asOf,
            @QueryParam("year") String year) {
        String town = Towns.check(code);
        Integer y = year == null || year.isBlank() ? null : Periods.year("year", year, config.firstYear());
        return service.outstanding(town, Periods.date("asOf", asOf), y);
    }
}
