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
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
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
    private final PolicyService service;
    private final CommonConfig common;

    public PolicyGraphQL(PolicyService service, CommonConfig common) {
        this.service = service;
        this.common = common;
    }

    @Query("policies")
    @Description("A town's sharing policy versions, oldest first")
    public Uni<Page<PolicyView>> policies(@NotNull @Name("townCode") String townCode, @Name("limit") Integer limit,
            @Name("cursor") String cursor) {
        return service.list(Towns.check(townCode), PageRequest.of(limit, cursor, common.paging()));
    }

    @Query("policy")
    @Description("One policy version of a town")
    public Uni<PolicyView> policy(@NotNull @Name("townCode") String townCode, @NotNull @Name("id") String id) {
        return service.get(Towns.check(townCode), Periods.id("id", id));
    }

    @Mutation("createPolicy")
    @Description("Record a new policy version (county-finance): whole months, never overlapping another version")
    public Uni<PolicyView> createPolicy(@NotNull @Name("townCode") String townCode,
            @NotNull @Valid @Name("policy") NewPolicy policy) {
        return service.create(Towns.check(townCode), policy);
    }

    @Mutation("endPolicy")
    @Description("End a policy version on the last day of an earlier month (county-finance); version is the one read")
    public Uni<PolicyView> endPolicy(@NotNull @Name("townCode") String townCode, @NotNull @Name("id") String id,
            @NotNull @Valid @Name("end") PolicyEnd end) {
        return service.end(Towns.check(townCode), Periods.id("id", id), null, end);
    }
}
