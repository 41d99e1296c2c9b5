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
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.license.agreement.AgreementAction;
import org.townreform.license.agreement.AgreementChange;
import org.townreform.license.agreement.AgreementView;
import org.townreform.license.agreement.NewAgreement;
import org.townreform.license.agreement.service.AgreementService;
import org.townreform.license.config.Params;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class AgreementGraphQL {
    private final AgreementService service;
    private final CommonConfig config;

    public AgreementGraphQL(AgreementService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @Query("agreements")
    @Description("Delegation agreements in id order, optionally of one town or department, status on asOf")
    public Uni<Page<AgreementView>> agreements(@Name("town") String town, @Name("department") String department,
            @Name("asOf") LocalDate asOf, @Name("limit") Integer limit, @Name("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor, config.paging()), town, department, asOf);
    }

    @Query("agreement")
    @Description("One delegation agreement, status on asOf")
    public Uni<AgreementView> agreement(@NotNull @Id @Name("id") String id, @Name("asOf") LocalDate asOf) {
        return service.get(Params.id("id", id), asOf);
    }

    @Mutation("createAgreement")
    @Description("Record a delegation agreement of your department (dept-officer)")
    public Uni<AgreementView> createAgreement(@NotNull @Valid @Name("agreement") NewAgreement agreement) {
        return service.create(agreement);
    }

    @Mutation("suspendAgreement")
    @Description("Suspend an agreement of your department from date")
    public Uni<AgreementView> suspendAgreement(@NotNull @Id @Name("id") String id,
            @Valid @Name("change") AgreementChange change) {
        return service.act(Params.id("id", id), AgreementAction.SUSPEND, change, null);
    }

    @Mutation("revokeAgreement")
    @Description("Revoke an agreement of your department from date (final)")
    public Uni<AgreementView> revokeAgreement(@NotNull @Id @Name("id") String id,
            @Valid @Name("change") AgreementChange change) {
        return service.act(Params.id("id", id), AgreementAction.REVOKE, change, null);
    }

    @Mutation("reinstateAgreement")
    @Description("Reinstate a suspended agreement of your department from date")
    public Uni<AgreementView> reinstateAgreement(@NotNull @Id @Name("id") String id,
            @Valid @Name("change") AgreementChange change) {
        return service.act(Params.id("id", id), AgreementAction.REINSTATE, change, null);
    }
}
