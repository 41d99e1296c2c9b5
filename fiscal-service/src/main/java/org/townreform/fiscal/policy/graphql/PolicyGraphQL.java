package org.townreform.fiscal.policy.graphql;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.PageRequest;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.policy.NewPolicy;
import org.townreform.fiscal.policy.PolicyEnd;
import org.townreform.fiscal.policy.PolicyView;
import org.townreform.fiscal.policy.service.PolicyService;
import org.townreform.fiscal.support.Periods;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class PolicyGraphQL {
    private static final String POLICY_ID = "Id of the policy version (Policy.id), digits";

    private final PolicyService service;
    private final CommonConfig common;

    public PolicyGraphQL(PolicyService service, CommonConfig common) {
        this.service = service;
        this.common = common;
    }

    // the deprecated limit/cursor arguments: @Deprecated on a parameter is for GraphQL, not javac
    @SuppressWarnings("deprecation")
    @Query("policies")
    @Description("A town's sharing policy versions (返还政策), oldest first (id order). " + Descriptions.READERS)
    public Uni<PolicyConnection> policies(
            @Description(Descriptions.TOWN_CODE_ARG) @NotNull @Name("townCode") String townCode,
            @Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Deprecated @Description(Connection.LIMIT) @Name("limit") Integer limit,
            @Deprecated @Description(Connection.CURSOR) @Name("cursor") String cursor) {
        PageRequest page = PageRequest.ofConnection(first, after, limit, cursor, common.paging());
        return service.list(Towns.check(townCode), page)
                .map(p -> new PolicyConnection(p, page));
    }

    @Query("policy")
    @Description("One policy version of a town (NOT_FOUND when the town has none with that id). " + Descriptions.READERS)
    public Uni<PolicyView> policy(@Description(Descriptions.TOWN_CODE_ARG) @NotNull @Name("townCode") String townCode,
            @Description(POLICY_ID) @NotNull @Name("id") String id) {
        return service.get(Towns.check(townCode), Periods.id("id", id));
    }

    @Mutation("createPolicy")
    @Description("Record a new policy version (county-finance): whole months (POLICY_NOT_WHOLE_MONTHS), never "
            + "overlapping another version (POLICY_OVERLAP), one rule per category (CATEGORY_IN_TWO_RULES), "
            + "MINING_RIGHTS at no less than the floor (MINING_RIGHTS_RATE_TOO_LOW), no settled year covered "
            + "(PERIOD_CLOSED). " + Descriptions.WRITERS)
    public Uni<PolicyView> createPolicy(@Description(Descriptions.TOWN_CODE_WRITE) @NotNull @Name("townCode") String townCode,
            @Description("The version: name, document, months it holds, rules and grants") @NotNull @Valid @Name("policy") NewPolicy policy) {
        return service.create(Towns.check(townCode), policy);
    }

    @Mutation("endPolicy")
    @Description("End a policy version on the last day of an earlier month (county-finance); version is the one read "
            + "(STALE_VERSION otherwise). Refused for an end no earlier (POLICY_END_NOT_EARLIER) or one taking months "
            + "of a settled year (PERIOD_CLOSED). " + Descriptions.WRITERS)
    public Uni<PolicyView> endPolicy(@Description(Descriptions.TOWN_CODE) @NotNull @Name("townCode") String townCode,
            @Description(POLICY_ID) @NotNull @Name("id") String id,
            @Description("The new last day, the reason and the version read") @NotNull @Valid @Name("end") PolicyEnd end) {
        return service.end(Towns.check(townCode), Periods.id("id", id), null, end);
    }
}
