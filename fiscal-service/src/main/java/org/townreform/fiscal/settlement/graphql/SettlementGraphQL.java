package org.townreform.fiscal.settlement.graphql;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.settlement.ReopenYear;
import org.townreform.fiscal.settlement.SettleYear;
import org.townreform.fiscal.settlement.SettlementView;
import org.townreform.fiscal.settlement.service.SettlementService;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class SettlementGraphQL {
    private final SettlementService service;

    public SettlementGraphQL(SettlementService service) {
        this.service = service;
    }

    @Query("settlement")
    @Description("A town's year: OPEN or SETTLED, its settlement and earlier reopened ones. " + Descriptions.READERS)
    public Uni<SettlementView> settlement(
            @Description(Descriptions.TOWN_CODE_ARG) @NotNull @Name("townCode") String townCode,
            @Description(Descriptions.YEAR) @NotNull @Name("year") Integer year) {
        return service.get(Towns.check(townCode), year);
    }

    @Mutation("settleYear")
    @Description("Settle a town's year (决算, county-finance): issues the months not issued yet, then annual return vs "
            + "the statements, adjustment (补/退), periods closed. Refused before the year has ended (YEAR_NOT_ENDED) "
            + "and for a settled year (ILLEGAL_TRANSITION). " + Descriptions.WRITERS)
    public Uni<SettlementView> settleYear(
            @Description(Descriptions.TOWN_CODE_WRITE) @NotNull @Name("townCode") String townCode,
            @Description(Descriptions.YEAR) @NotNull @Name("year") Integer year,
            @Description("The day of the settlement and a note; optional") @Valid @Name("settlement") SettleYear settlement) {
        return service.settle(Towns.check(townCode), year,
                settlement == null ? new SettleYear(null, null) : settlement);
    }

    @Mutation("reopenYear")
    @Description("Reopen a settled year (county-finance) with a reason; audited. The settlement is kept as REOPENED and the "
            + "year may be settled again. Refused for an open year (ILLEGAL_TRANSITION) and a day before the "
            + "settlement (DATE_BEFORE_SETTLEMENT). " + Descriptions.WRITERS)
    public Uni<SettlementView> reopenYear(
            @Description(Descriptions.TOWN_CODE) @NotNull @Name("townCode") String townCode,
            @Description(Descriptions.YEAR) @NotNull @Name("year") Integer year,
            @Description("The reason, the day and the settlement's version read") @NotNull @Valid @Name("reopen") ReopenYear reopen) {
        return service.reopen(Towns.check(townCode), year, null, reopen);
    }
}
