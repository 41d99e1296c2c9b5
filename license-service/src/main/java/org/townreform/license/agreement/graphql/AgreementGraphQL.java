package org.townreform.license.agreement.graphql;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.PageRequest;
import org.townreform.license.agreement.AgreementAction;
import org.townreform.license.agreement.AgreementChange;
import org.townreform.license.agreement.AgreementView;
import org.townreform.license.agreement.NewAgreement;
import org.townreform.license.agreement.service.AgreementService;
import org.townreform.license.config.Descriptions;
import org.townreform.license.config.Params;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class AgreementGraphQL {
    private static final String CHANGE = "The day the change takes effect (default today), its reason and the version read";

    private final AgreementService service;
    private final CommonConfig config;

    public AgreementGraphQL(AgreementService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    // the deprecated limit/cursor arguments: @Deprecated on a parameter is for GraphQL, not javac
    @SuppressWarnings("deprecation")
    @Query("agreements")
    @Description("Delegation agreements in id order, optionally of one town or department, status on asOf. Every role may "
            + "read them; a town-scoped caller sees only its own town's")
    public Uni<DelegationAgreementConnection> agreements(
            @Description("Only the agreements of this town (9-digit township division code); every town in the caller's scope when left out") @Name("town") String town,
            @Description("Only the agreements of this authorising department, its name exactly as recorded; every department when left out") @Name("department") String department,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf,
            @Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Deprecated @Description(Connection.LIMIT) @Name("limit") Integer limit,
            @Deprecated @Description(Connection.CURSOR) @Name("cursor") String cursor) {
        PageRequest page = PageRequest.ofConnection(first, after, limit, cursor, config.paging());
        return service.list(page, town, department, asOf)
                .map(p -> new DelegationAgreementConnection(p, page));
    }

    @Query("agreement")
    @Description("One delegation agreement, status on asOf. Every role may read it; a town-scoped caller only its own "
            + "town's")
    public Uni<AgreementView> agreement(@Description(Descriptions.AGREEMENT_ID) @NotNull @Id @Name("id") String id,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.get(Params.id("id", id), asOf);
    }

    @Mutation("createAgreement")
    @Description("Record a delegation agreement of your department (dept-officer)")
    public Uni<AgreementView> createAgreement(
            @Description("The agreement to record; it is ACTIVE from validFrom") @NotNull @Valid @Name("agreement") NewAgreement agreement) {
        return service.create(agreement);
    }

    @Mutation("suspendAgreement")
    @Description("Suspend an agreement of your department from date (dept-officer); only an ACTIVE one")
    public Uni<AgreementView> suspendAgreement(@Description(Descriptions.AGREEMENT_ID) @NotNull @Id @Name("id") String id,
            @Description(CHANGE) @Valid @Name("change") AgreementChange change) {
        return service.act(Params.id("id", id), AgreementAction.SUSPEND, change, null);
    }

    @Mutation("revokeAgreement")
    @Description("Revoke an agreement of your department from date (final; dept-officer); an ACTIVE or SUSPENDED one")
    public Uni<AgreementView> revokeAgreement(@Description(Descriptions.AGREEMENT_ID) @NotNull @Id @Name("id") String id,
            @Description(CHANGE) @Valid @Name("change") AgreementChange change) {
        return service.act(Params.id("id", id), AgreementAction.REVOKE, change, null);
    }

    @Mutation("reinstateAgreement")
    @Description("Reinstate a suspended agreement of your department from date (dept-officer); it is ACTIVE again")
    public Uni<AgreementView> reinstateAgreement(@Description(Descriptions.AGREEMENT_ID) @NotNull @Id @Name("id") String id,
            @Description(CHANGE) @Valid @Name("change") AgreementChange change) {
        return service.act(Params.id("id", id), AgreementAction.REINSTATE, change, null);
    }
}
