package org.townreform.personnel.adjustment.graphql;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.adjustment.AdjustmentRequestView;
import org.townreform.personnel.adjustment.AdjustmentResolution;
import org.townreform.personnel.adjustment.AdjustmentStatus;
import org.townreform.personnel.adjustment.NewAdjustmentRequest;
import org.townreform.personnel.adjustment.service.AdjustmentService;
import org.townreform.personnel.support.Ids;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class AdjustmentGraphQL {
    private final AdjustmentService service;
    private final CommonConfig config;

    public AdjustmentGraphQL(AdjustmentService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @Query("adjustmentRequest")
    @Description("One written adjustment request (书面调整意见), overdue as of asOf (default today)")
    public Uni<AdjustmentRequestView> adjustmentRequest(@NotNull @Id @Name("id") String id,
            @Name("asOf") LocalDate asOf) {
        return service.get(Ids.parse("id", id), asOf);
    }

    @Query("adjustmentRequests")
    @Description("Adjustment requests of a town in id order, optionally of one status")
    public Uni<Page<AdjustmentRequestView>> adjustmentRequests(@NotNull @Name("townCode") String townCode,
            @Name("status") AdjustmentStatus status, @Name("asOf") LocalDate asOf, @Name("limit") Integer limit,
            @Name("cursor") String cursor) {
        return service.list(townCode, status, asOf, PageRequest.of(limit, cursor, config.paging()));
    }

    @Mutation("createAdjustmentRequest")
    @Description("town-leader: a written adjustment request about the head of a DUAL unit")
    public Uni<AdjustmentRequestView> createAdjustmentRequest(
            @NotNull @Valid @Name("request") NewAdjustmentRequest request) {
        return service.create(request);
    }

    @Mutation("resolveAdjustmentRequest")
    @Description("dept-officer of the unit's department: the action taken on a request")
    public Uni<AdjustmentRequestView> resolveAdjustmentRequest(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("resolution") AdjustmentResolution resolution) {
        return service.resolve(Ids.parse("id", id), resolution);
    }
}
