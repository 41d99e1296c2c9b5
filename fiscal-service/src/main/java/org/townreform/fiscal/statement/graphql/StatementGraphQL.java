package org.townreform.fiscal.statement.graphql;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.statement.IssueStatement;
import org.townreform.fiscal.statement.StatementView;
import org.townreform.fiscal.statement.service.StatementService;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class StatementGraphQL {
    private final StatementService service;

    public StatementGraphQL(StatementService service) {
        this.service = service;
    }

    @Query("statements")
    @Description("The return statements (返还结算单) issued for a town's year, in period order (stored documents; "
            + "months not issued are left out). " + Descriptions.READERS)
    public Uni<List<StatementView>> statements(
            @Description(Descriptions.TOWN_CODE_ARG) @NotNull @Name("townCode") String townCode,
            @Description(Descriptions.YEAR) @NotNull @Name("year") Integer year) {
        return service.list(Towns.check(townCode), year);
    }

    @Mutation("issueStatement")
    @Description("Issue a month's return statement (county-finance) once the month has ended; months of a year in "
            + "order, each once; the statement is stored and never changes. Refused before the month has ended "
            + "(PERIOD_IN_FUTURE), for a month issued (STATEMENT_ALREADY_ISSUED), before the year's earlier months "
            + "(EARLIER_PERIOD_NOT_ISSUED) and in a settled year (PERIOD_CLOSED). " + Descriptions.WRITERS)
    public Uni<StatementView> issueStatement(
            @Description(Descriptions.TOWN_CODE_WRITE) @NotNull @Name("townCode") String townCode,
            @Description("The month to issue, the day of issue and a note") @NotNull @Valid @Name("statement") IssueStatement statement) {
        return service.issue(Towns.check(townCode), statement);
    }
}
