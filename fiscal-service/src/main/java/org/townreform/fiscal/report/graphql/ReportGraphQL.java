package org.townreform.fiscal.report.graphql;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.fiscal.report.FiscalYearView;
import org.townreform.fiscal.report.TownYearReport;
import org.townreform.fiscal.report.service.ReportService;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class ReportGraphQL {
    private final ReportService service;

    public ReportGraphQL(ReportService service) {
        this.service = service;
    }

    @Query("townYearReport")
    @Description("The report of a town's year: revenue by category and month, growth vs target, returns by rule, "
            + "disbursed, outstanding, overdue; figures as known on asOf (default today)")
    public Uni<TownYearReport> townYearReport(@NotNull @Name("townCode") String townCode,
            @NotNull @Name("year") Integer year, @Name("asOf") LocalDate asOf) {
        return service.report(Towns.check(townCode), year, asOf);
    }

    @Query("fiscalYearViews")
    @Description("Many towns' fiscal year in ONE call (for dashboards), in the order asked: revenue, growth vs target, "
            + "returns, disbursed, outstanding, overdue. A town user gets null for towns other than their own")
    public Uni<List<FiscalYearView>> fiscalYearViews(@NotNull @Name("townCodes") List<@NotNull String> townCodes,
            @NotNull @Name("year") Integer year, @Name("asOf") LocalDate asOf) {
        return service.yearViews(townCodes, year, asOf);
    }
}
