package org.townreform.fiscal.returns.graphql;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.returns.PeriodReturnsView;
import org.townreform.fiscal.returns.YearReturnsView;
import org.townreform.fiscal.returns.service.ReturnService;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class ReturnGraphQL {
    private final ReturnService service;

    public ReturnGraphQL(ReturnService service) {
        this.service = service;
    }

    @Query("periodReturns")
    @Description("A month's return lines (YYYY-MM), each with its explanation, and what was disbursed against them: "
            + "the issued statement, or provisional (computed now) for a month not issued. " + Descriptions.READERS)
    public Uni<PeriodReturnsView> periodReturns(
            @Description(Descriptions.TOWN_CODE_ARG) @NotNull @Name("townCode") String townCode,
            @Description("The month, YYYY-MM; one begun by today (PERIOD_IN_FUTURE otherwise)") @NotNull @Name("period") String period) {
        return service.period(Towns.check(townCode), period);
    }

    @Query("yearReturns")
    @Description("A year's return lines per rule, through the last month begun: issued months as issued, the others "
            + "provisional. " + Descriptions.READERS)
    public Uni<YearReturnsView> yearReturns(
            @Description(Descriptions.TOWN_CODE_ARG) @NotNull @Name("townCode") String townCode,
            @Description(Descriptions.YEAR
                    + "; one begun by today (PERIOD_IN_FUTURE otherwise)") @NotNull @Name("year") Integer year) {
        return service.year(Towns.check(townCode), year);
    }
}
