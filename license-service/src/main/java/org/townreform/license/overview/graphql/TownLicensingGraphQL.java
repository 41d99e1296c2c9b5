package org.townreform.license.overview.graphql;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.license.application.ApplicationView;
import org.townreform.license.config.Descriptions;
import org.townreform.license.overview.LicensingView;
import org.townreform.license.overview.PersonReference;
import org.townreform.license.overview.TownReference;
import org.townreform.license.overview.service.OverviewService;

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;

/**
 * license-service's part of the federated dashboard schema: each town's licensing view, for many towns at once, and the
 * link from a decision to its reviewer, a person of personnel-service.
 */
@GraphQLApi
@OneSessionAtATime
@Link(url = Link.FEDERATION_SPEC_LATEST_URL, _import = {@Import(name = "@key"), @Import(name = "FieldSet")})
public class TownLicensingGraphQL {
    private final OverviewService service;

    public TownLicensingGraphQL(OverviewService service) {
        this.service = service;
    }

    @Resolver
    @Description("Federation: towns by code (license-service answers for any code; personnel-service knows which exist)")
    public List<TownReference> townsByCode(@Name("code") List<String> code) {
        return code.stream().map(TownReference::new).toList();
    }

    @Description("The town's licensing on asOf (default today): items delegated, applications by state and light, overdue "
            + "cases, unfiled decisions, average rating; null for a town outside the caller's scope. Resolved for a whole "
            + "list of towns at once")
    public Uni<List<LicensingView>> licensing(@Source List<TownReference> towns,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.viewsWithinScope(towns.stream().map(TownReference::code).toList(), asOf);
    }

    @Description("The reviewer of an ENFORCEMENT decision, a person of personnel-service")
    public List<PersonReference> reviewer(@Source List<ApplicationView.Decision> decisions) {
        return decisions.stream().map(d -> d.reviewerId() == null ? null : new PersonReference(String.valueOf(d.reviewerId())))
                .toList();
    }
}
