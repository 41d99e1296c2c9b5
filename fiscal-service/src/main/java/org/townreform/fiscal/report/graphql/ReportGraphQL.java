package org.townreform.fiscal.report.graphql;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.report.FiscalYearView;
import org.townreform.fiscal.report.TownYearReport;
import org.townreform.fiscal.report.service.ReportService;
import org.townreform.fiscal.support.Towns;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class ReportGraphQL {
    /** The year of a report: it compares with the year before, so the first year kept has none. */
    static final String REPORT_YEAR = "The fiscal year (the calendar year), from fiscal.first-year + 1 (1991) to 2200, "
            + "begun by asOf (PERIOD_IN_FUTURE otherwise)";

    private final ReportService service;

    public ReportGraphQL(ReportService service) {
        this.service = service;
    }

    @Query("townYearReport")
    @Description("The report of a town's year: revenue by category and month, growth vs target, returns by rule, "
            + "disbursed, outstanding, overdue; figures as known on asOf (default today). " + Descriptions.READERS)
    public Uni<TownYearReport> townYearReport(
            @Description(Descriptions.TOWN_CODE_ARG) @NotNull @Name("townCode") String townCode,
            @Description(REPORT_YEAR) @NotNull @Name("year") Integer year,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.report(Towns.check(townCode), year, asOf);
    }

    @Query("fiscalYearViews")
    @Description("Many towns' fiscal year in ONE call (for dashboards), in the order asked: revenue, growth vs target, "
            + "returns, disbursed, outstanding, overdue. A town user gets null for towns other than their own. "
            + Descriptions.READERS)
    public Uni<List<FiscalYearView>> fiscalYearViews(
            @Description("The towns' 9-digit township division codes, at most 5000; the answer has one entry per code, in this order") @NotNull @Name("townCodes") List<@NotNull String> townCodes,
            @Description(REPORT_YEAR) @NotNull @Name("year") Integer year,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.yearViews(townCodes, year, asOf);
    }
}
