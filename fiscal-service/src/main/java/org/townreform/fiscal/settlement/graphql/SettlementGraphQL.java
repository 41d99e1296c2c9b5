package org.townreform.fiscal.settlement.graphql;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.graphql.OneSessionAtATime;
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
    @Description("A town's year: OPEN or SETTLED, its settlement and earlier reopened ones")
    public Uni<SettlementView> settlement(@NotNull @Name("townCode") String townCode,
            @NotNull @Name("year") Integer year) {
        return service.get(Towns.check(townCode), year);
    }

    @Mutation("settleYear")
    @Description("Settle a town's year (county-finance): annual return vs monthly lines, adjustment, periods closed")
    public Uni<SettlementView> settleYear(@NotNull @Name("townCode") String townCode,
            @NotNull @Name("year") Integer year, @Valid @Name("settlement") SettleYear settlement) {
        return service.settle(Towns.check(townCode), year,
                settlement == null ? new SettleYear(null, null) : settlement);
    }

    @Mutation("reopenYear")
    @Description("Reopen a settled year (county-finance) with a reason; audited")
    public Uni<SettlementView> reopenYear(@NotNull @Name("townCode") String townCode,
            @NotNull @Name("year") Integer year, @NotNull @Valid @Name("reopen") ReopenYear reopen) {
        return service.reopen(Towns.check(townCode), year, null, reopen);
    }
}
