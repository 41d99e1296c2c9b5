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
import org.townreform.common.paging.Connection;
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
    private static final String READERS = "Callers: town-clerk, town-leader (own town), county-org, dept-officer, "
            + "supervisor";
    private static final String ID = "Id of the adjustment request (AdjustmentRequest.id)";
    private static final String AS_OF = "Day the view is computed for (overdue); default today (UTC+8), at most one year "
            + "ahead";

    private final AdjustmentService service;
    private final CommonConfig config;

    public AdjustmentGraphQL(AdjustmentService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @Query("adjustmentRequest")
    @Description("One written adjustment request (书面调整意见), overdue as of asOf (default today). " + READERS)
    public Uni<AdjustmentRequestView> adjustmentRequest(@Description(ID) @NotNull @Id @Name("id") String id,
            @Description(AS_OF) @Name("asOf") LocalDate asOf) {
        return service.get(Ids.parse("id", id), asOf);
    }

    // the deprecated limit/cursor arguments: @Deprecated on a parameter is for GraphQL, not javac
    @SuppressWarnings("deprecation")
    @Query("adjustmentRequests")
    @Description("A town's written adjustment requests (书面调整意见) in id order, optionally of one status, overdue as of "
            + "asOf (default today). " + READERS)
    public Uni<AdjustmentRequestConnection> adjustmentRequests(
            @Description("The town's 9-digit township administrative division code (e.g. 441900113); a town-scoped caller "
                    + "may ask only for its own town (TOWN_OUT_OF_SCOPE)") @NotNull @Name("townCode") String townCode,
            @Description("Only requests in this status (as stored now, whatever asOf); every status when left out") @Name("status") AdjustmentStatus status,
            @Description(AS_OF) @Name("asOf") LocalDate asOf,
            @Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Deprecated @Description(Connection.LIMIT) @Name("limit") Integer limit,
            @Deprecated @Description(Connection.CURSOR) @Name("cursor") String cursor) {
        PageRequest page = PageRequest.ofConnection(first, after, limit, cursor, config.paging());
        return service.list(townCode, status, asOf, page)
                .map(p -> new AdjustmentRequestConnection(p, page));
    }

    @Mutation("createAdjustmentRequest")
    @Description("The town party committee's written request (书面调整意见) that the superior department adjust the head of "
            + "a DUAL unit (NOT_DUAL_UNIT otherwise); addressed to the unit's superior department, due "
            + "personnel.adjustment-response-months (default 1) calendar months after it is sent. Refused with "
            + "REFERENCE_NOT_FOUND (no such person), TOWN_MISMATCH. Callers: town-leader (own town)")
    public Uni<AdjustmentRequestView> createAdjustmentRequest(
            @Description("The unit, the head concerned, the text, the reference and the day sent") @NotNull @Valid @Name("request") NewAdjustmentRequest request) {
        return service.create(request);
    }

    @Mutation("resolveAdjustmentRequest")
    @Description("The department's action on an OPEN request (→ RESOLVED; ILLEGAL_TRANSITION otherwise): ADJUSTED or "
            + "RETAINED; allowed late (resolvedLate). Callers: dept-officer of the department addressed "
            + "(DEPT_OUT_OF_SCOPE for another department)")
    public Uni<AdjustmentRequestView> resolveAdjustmentRequest(@Description(ID) @NotNull @Id @Name("id") String id,
            @Description("ADJUSTED or RETAINED, a note and the day") @NotNull @Valid @Name("resolution") AdjustmentResolution resolution) {
        return service.resolve(Ids.parse("id", id), resolution);
    }
}
