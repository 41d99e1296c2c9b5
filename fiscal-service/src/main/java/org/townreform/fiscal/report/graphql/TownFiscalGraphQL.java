package org.townreform.fiscal.report.graphql;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.report.FiscalYearView;
import org.townreform.fiscal.report.TownReference;
import org.townreform.fiscal.report.service.ReportService;

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;

/** fiscal-service's part of the federated dashboard schema: each town's fiscal year, for many towns at once. */
@GraphQLApi
@OneSessionAtATime
@Link(url = Link.FEDERATION_SPEC_LATEST_URL, _import = {@Import(name = "@key"), @Import(name = "FieldSet")})
public class TownFiscalGraphQL {
    private final ReportService service;

    public TownFiscalGraphQL(ReportService service) {
        this.service = service;
    }

    @Resolver
    @Description("Federation: towns by code (fiscal-service answers for any code; personnel-service knows which exist)")
    public List<TownReference> townsByCode(@Name("code") List<String> code) {
        return code.stream().map(TownReference::new).toList();
    }

    @Description("The town's fiscal year: revenue, growth vs target, returns, disbursed, outstanding, overdue, as known on "
            + "asOf (default today); null for a town outside the caller's scope. Resolved for a whole list of towns at once")
    public Uni<List<FiscalYearView>> fiscal(@Source List<TownReference> towns,
            @Description(ReportGraphQL.REPORT_YEAR) @NotNull @Name("year") Integer year,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.yearViews(towns.stream().map(TownReference::code).toList(), year, asOf);
    }
}
