package org.townreform.personnel.staffing.graphql;

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
import org.townreform.personnel.staffing.NewRegistration;
import org.townreform.personnel.staffing.RegistrationEnd;
import org.townreform.personnel.staffing.RegistrationView;
import org.townreform.personnel.staffing.StaffingLine;
import org.townreform.personnel.staffing.TownStaffing;
import org.townreform.personnel.staffing.service.StaffingService;
import org.townreform.personnel.support.Ids;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class StaffingGraphQL {
    private final StaffingService service;
    private final CommonConfig config;

    public StaffingGraphQL(StaffingService service, CommonConfig config) {
        this.service = service;
        this.config = config;
    }

    @Query("staffing")
    @Description("A town's staffing on asOf (default today): quota, occupied, vacant and vacancy rate per unit and in total")
    public Uni<TownStaffing> staffing(@NotNull @Name("townCode") String townCode, @Name("asOf") LocalDate asOf) {
        return service.townStaffing(townCode, asOf);
    }

    @Query("unitStaffing")
    @Description("One unit's staffing on asOf (default today)")
    public Uni<StaffingLine> unitStaffing(@NotNull @Id @Name("unitId") String unitId, @Name("asOf") LocalDate asOf) {
        return service.unitStaffing(Ids.parse("unitId", unitId), asOf);
    }

    @Query("registration")
    @Description("One staffing registration (编制实名制)")
    public Uni<RegistrationView> registration(@NotNull @Id @Name("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    @Query("unitRegistrations")
    @Description("Registrations of a unit in id order (open ones only unless all is true)")
    public Uni<Page<RegistrationView>> unitRegistrations(@NotNull @Id @Name("unitId") String unitId,
            @Name("all") Boolean all, @Name("limit") Integer limit, @Name("cursor") String cursor) {
        return service.ofUnit(Ids.parse("unitId", unitId), !Boolean.TRUE.equals(all),
                PageRequest.of(limit, cursor, config.paging()));
    }

    @Mutation("register")
    @Description("Register a person in a slot of the unit (QUOTA_EXCEEDED when no slot of their type is left)")
    public Uni<RegistrationView> register(@NotNull @Id @Name("unitId") String unitId,
            @NotNull @Valid @Name("registration") NewRegistration registration) {
        return service.register(Ids.parse("unitId", unitId), registration);
    }

    @Mutation("endRegistration")
    @Description("End a registration: the slot is free from the day")
    public Uni<RegistrationView> endRegistration(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("end") RegistrationEnd end) {
        return service.end(Ids.parse("id", id), end);
    }
}
