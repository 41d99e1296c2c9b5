package org.townreform.fiscal.ledger.rest;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.townreform.common.idempotency.IdempotentWrites;
import org.townreform.fiscal.ledger.NewRevenueEntry;
import org.townreform.fiscal.ledger.RevenueEntryView;
import org.townreform.fiscal.ledger.RevenueReversal;
import org.townreform.fiscal.ledger.service.LedgerService;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Recorded;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/revenue-entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Revenue ledger", description = "Append-only revenue ledger by town, period and category (SPEC §3.1)")
public class RevenueEntryResource {
    private final LedgerService service;
    private final IdempotentWrites idempotent;

    public RevenueEntryResource(LedgerService service, IdempotentWrites idempotent) {
        this.service = service;
        this.idempotent = idempotent;
    }

    @POST
    @Extension(name = "x-created", value = "or-existing")
    @Operation(operationId = "recordRevenueEntry", summary = "Record a revenue entry (county-finance); idempotent on sourceSystem + externalRef: a resend "
            + "answers 200 with the entry first recorded")
    public Uni<RestResponse<RevenueEntryView>> record(@NotNull @Valid NewRevenueEntry body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        return idempotent.run(idempotencyKey, "POST /api/v1/revenue-entries", body, RecordedEntry.class,
                () -> service.record(body).map(RecordedEntry::of))
                .map(RevenueEntryResource::answer);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRevenueEntry", summary = "One ledger entry")
    public Uni<RevenueEntryView> get(@PathParam("id") String id) {
        return service.get(Periods.id("id", id));
    }

    @POST
    @Path("/{id}/reverse")
    @Extension(name = "x-created", value = "or-existing")
    @Operation(operationId = "reverseRevenueEntry", summary = "Reverse an entry in whole or in part (county-finance): books the opposite of `amount` (default "
            + "all that is left of the entry) in the given period and answers the reversing entry, 201 with its "
            + "Location; a resend under the same sourceSystem + externalRef answers 200 with the reversal first booked")
    public Uni<RestResponse<RevenueEntryView>> reverse(@PathParam("id") String id, @NotNull @Valid RevenueReversal body,
            @HeaderParam(IdempotentWrites.HEADER) String idempotencyKey) {
        long entryId = Periods.id("id", id);
        return idempotent.run(idempotencyKey, "POST /api/v1/revenue-entries/" + entryId + "/reverse", body,
                RecordedEntry.class, () -> service.reverse(entryId, body).map(RecordedEntry::of))
                .map(RevenueEntryResource::answer);
    }

    /** 201 with the Location of a created entry, 200 (with its Location too) for one a resend found. */
    private static RestResponse<RevenueEntryView> answer(RecordedEntry r) {
        return r.created()
                ? RestResponse.ResponseBuilder.<RevenueEntryView>created(location(r.entry().id())).entity(r.entry())
                        .build()
                : RestResponse.ResponseBuilder.ok(r.entry()).location(location(r.entry().id())).build();
    }

    private static URI location(long id) {
        return URI.create("/api/v1/revenue-entries/" + id);
    }

    /** What an idempotent replay stores: the entry and whether it was created. */
    public record RecordedEntry(RevenueEntryView entry, boolean created) {
        static RecordedEntry of(Recorded<RevenueEntryView> r) {
            return new RecordedEntry(r.value(), r.created());
        }
    }
}
