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
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.config.Descriptions;
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
    @Description("A town's staffing on asOf (default today): quota, occupied, vacant and vacancy rate per unit and in total. "
            + Descriptions.READERS)
    public Uni<TownStaffing> staffing(@Description(Descriptions.TOWN_CODE) @NotNull @Name("townCode") String townCode,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.townStaffing(townCode, asOf);
    }

    @Query("unitStaffing")
    @Description("One unit's staffing on asOf (default today): the quotas in force that day against the registrations "
            + "active that day. " + Descriptions.READERS)
    public Uni<StaffingLine> unitStaffing(@Description(Descriptions.UNIT_ID) @NotNull @Id @Name("unitId") String unitId,
            @Description(Descriptions.AS_OF) @Name("asOf") LocalDate asOf) {
        return service.unitStaffing(Ids.parse("unitId", unitId), asOf);
    }

    @Query("registration")
    @Description("One staffing registration (编制实名制), open or ended. " + Descriptions.READERS)
    public Uni<RegistrationView> registration(
            @Description("Id of the registration (Registration.id)") @NotNull @Id @Name("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    // the deprecated limit/cursor arguments: @Deprecated on a parameter is for GraphQL, not javac
    @SuppressWarnings("deprecation")
    @Query("unitRegistrations")
    @Description("Registrations of a unit in id order (open ones only unless all is true). " + Descriptions.READERS)
    public Uni<RegistrationConnection> unitRegistrations(
            @Description(Descriptions.UNIT_ID) @NotNull @Id @Name("unitId") String unitId,
            @Description("True for every registration of the unit, ended ones included; open ones only when false or left "
                    + "out") @Name("all") Boolean all,
            @Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Deprecated @Description(Connection.LIMIT) @Name("limit") Integer limit,
            @Deprecated @Description(Connection.CURSOR) @Name("cursor") String cursor) {
        PageRequest page = PageRequest.ofConnection(first, after, limit, cursor, config.paging());
        return service.ofUnit(Ids.parse("unitId", unitId), !Boolean.TRUE.equals(all), page)
                .map(p -> new RegistrationConnection(p, page));
    }

    @Mutation("register")
    @Description("Register a person in a slot of the unit (QUOTA_EXCEEDED when no slot of their type is left on the day "
            + "or a later day); the unit must be active (UNIT_NOT_ACTIVE). " + Descriptions.RECORDERS)
    public Uni<RegistrationView> register(
            @Description(Descriptions.UNIT_ID + " of the slot") @NotNull @Id @Name("unitId") String unitId,
            @Description("The person, post, day and note") @NotNull @Valid @Name("registration") NewRegistration registration) {
        return service.register(Ids.parse("unitId", unitId), registration);
    }

    @Mutation("endRegistration")
    @Description("End a registration: the slot is free from the day; one already ended is refused (ILLEGAL_TRANSITION). "
            + Descriptions.RECORDERS)
    public Uni<RegistrationView> endRegistration(
            @Description("Id of the open registration (Registration.id)") @NotNull @Id @Name("id") String id,
            @Description("The day and a note") @NotNull @Valid @Name("end") RegistrationEnd end) {
        return service.end(Ids.parse("id", id), end);
    }
}
