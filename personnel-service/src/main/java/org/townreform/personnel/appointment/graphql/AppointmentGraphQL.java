package org.townreform.personnel.appointment.graphql;

import java.time.LocalDate;
import java.util.List;

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
import org.townreform.personnel.appointment.AppointmentStatus;
import org.townreform.personnel.appointment.AppointmentView;
import org.townreform.personnel.appointment.CaseStep;
import org.townreform.personnel.appointment.CoordinationInput;
import org.townreform.personnel.appointment.DecisionInput;
import org.townreform.personnel.appointment.NewAppointment;
import org.townreform.personnel.appointment.ObjectionInput;
import org.townreform.personnel.appointment.OpinionInput;
import org.townreform.personnel.appointment.RotationDue;
import org.townreform.personnel.appointment.WithdrawalInput;
import org.townreform.personnel.appointment.service.AppointmentService;
import org.townreform.personnel.appointment.service.RotationService;
import org.townreform.personnel.support.Ids;

import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class AppointmentGraphQL {
    private static final String READERS = "Callers: town-clerk, town-leader (own town), county-org, dept-officer, "
            + "supervisor";
    private static final String ID = "Id of the appointment case (Appointment.id)";
    private static final String TOWN_CODE = "The town's 9-digit township administrative division code (e.g. 441900113); "
            + "a town-scoped caller may ask only for its own town (TOWN_OUT_OF_SCOPE)";
    private static final String DECIDER = "Callers: the deciding side: town-leader of the case's town (TOWN cases) or "
            + "dept-officer of decidingDepartment (DEPARTMENT cases); anyone else is refused with NOT_APPOINTING_AUTHORITY";
    private static final String STEP = "The step's day (and a note, not kept); may be left out for a step dated today";

    private final AppointmentService service;
    private final RotationService rotation;
    private final CommonConfig config;

    public AppointmentGraphQL(AppointmentService service, RotationService rotation, CommonConfig config) {
        this.service = service;
        this.rotation = rotation;
        this.config = config;
    }

    private static CaseStep step(CaseStep in) {
        return in == null ? new CaseStep(null, null) : in;
    }

    @Query("appointment")
    @Description("One appointment case (任免) as it stands, with the actions its workflow allows now. " + READERS)
    public Uni<AppointmentView> appointment(@Description(ID) @NotNull @Id @Name("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    // the deprecated limit/cursor arguments: @Deprecated on a parameter is for GraphQL, not javac
    @SuppressWarnings("deprecation")
    @Query("appointments")
    @Description("A town's appointment cases (任免) in id order, optionally of one status. " + READERS)
    public Uni<AppointmentConnection> appointments(@Description(TOWN_CODE) @NotNull @Name("townCode") String townCode,
            @Description("Only cases in this status; every status when left out") @Name("status") AppointmentStatus status,
            @Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Deprecated @Description(Connection.LIMIT) @Name("limit") Integer limit,
            @Deprecated @Description(Connection.CURSOR) @Name("cursor") String cursor) {
        PageRequest page = PageRequest.ofConnection(first, after, limit, cursor, config.paging());
        return service.list(townCode, status, page)
                .map(p -> new AppointmentConnection(p, page));
    }

    @Query("rotationDue")
    @Description("定期轮岗: people of the town who have held the same leading post longer than personnel.rotation-years "
            + "(default 5) on asOf (default today), longest held first; one list, not paged. " + READERS)
    public Uni<List<RotationDue>> rotationDue(@Description(TOWN_CODE) @NotNull @Name("townCode") String townCode,
            @Description("Day the list is computed for; default today (UTC+8), at most one year ahead") @Name("asOf") LocalDate asOf) {
        return rotation.due(townCode, asOf);
    }

    @Mutation("openAppointment")
    @Description("Open a case (DRAFT) for a person of the unit's town; only the side that appoints for the unit may "
            + "(NOT_APPOINTING_AUTHORITY; for VERTICAL and UNCHANGED units nobody here). Callers: town-clerk, town-leader "
            + "(town units and DEVOLVED units of their town), dept-officer of the unit's superior department (DUAL units). "
            + "Refused with UNIT_NOT_ACTIVE, REFERENCE_NOT_FOUND (no such person), TOWN_MISMATCH")
    public Uni<AppointmentView> openAppointment(
            @Description("The case: its type, the person, the unit and post, the reason and the day it is drafted") @NotNull @Valid @Name("appointment") NewAppointment appointment) {
        return service.open(appointment);
    }

    @Mutation("consultAppointment")
    @Description("征求意见: send the case to the consulted side (DRAFT → CONSULTATION); ILLEGAL_TRANSITION when the case "
            + "has nobody to consult. Callers: the deciding side (town-leader or town-clerk of the town for TOWN cases, "
            + "dept-officer of decidingDepartment for DEPARTMENT cases), else NOT_APPOINTING_AUTHORITY")
    public Uni<AppointmentView> consultAppointment(@Description(ID) @NotNull @Id @Name("id") String id,
            @Description(STEP) @Valid @Name("step") CaseStep step) {
        return service.consult(Ids.parse("id", id), step(step));
    }

    @Mutation("giveOpinion")
    @Description("The consulted side's opinion with its reasons, once: AGREE (stays in CONSULTATION, ready to decide) or "
            + "DISAGREE (→ COORDINATION). Callers: dept-officer of consultedParty (TOWN cases), town-leader of the case's "
            + "town for the town party committee (DEPARTMENT cases); anyone else is refused with NOT_CONSULTED_PARTY")
    public Uni<AppointmentView> giveOpinion(@Description(ID) @NotNull @Id @Name("id") String id,
            @Description("AGREE or DISAGREE, the reasons and the day") @NotNull @Valid @Name("opinion") OpinionInput opinion) {
        return service.opinion(Ids.parse("id", id), opinion);
    }

    @Mutation("coordinateAppointment")
    @Description("县委组织部协调 after a disagreement, once: PROCEED (stays in COORDINATION, ready to decide) or WITHDRAW "
            + "(→ WITHDRAWN). Callers: county-org")
    public Uni<AppointmentView> coordinateAppointment(@Description(ID) @NotNull @Id @Name("id") String id,
            @Description("PROCEED or WITHDRAW, a note and the day") @NotNull @Valid @Name("coordination") CoordinationInput coordination) {
        return service.coordinate(Ids.parse("id", id), coordination);
    }

    @Mutation("decideAppointment")
    @Description("Record the decision: meeting reference and day (→ DECIDED); from DRAFT when nobody is to be consulted, "
            + "from CONSULTATION after AGREE, from COORDINATION after PROCEED (ILLEGAL_TRANSITION otherwise). " + DECIDER)
    public Uni<AppointmentView> decideAppointment(@Description(ID) @NotNull @Id @Name("id") String id,
            @Description("The meeting that decided and the day of the decision") @NotNull @Valid @Name("decision") DecisionInput decision) {
        return service.decide(Ids.parse("id", id), decision);
    }

    @Mutation("publishNotice")
    @Description("Start the pre-appointment notice (任前公示, DECIDED → PUBLIC_NOTICE) on the day; it runs "
            + "personnel.notice-working-days (default 5) working days after it, fixed on the case now. " + DECIDER)
    public Uni<AppointmentView> publishNotice(@Description(ID) @NotNull @Id @Name("id") String id,
            @Description(STEP) @Valid @Name("step") CaseStep step) {
        return service.publishNotice(Ids.parse("id", id), step(step));
    }

    @Mutation("recordObjection")
    @Description("Record an objection received while the notice runs (ILLEGAL_TRANSITION outside PUBLIC_NOTICE); it does "
            + "not stop the case (the decider may withdraw it). Callers: the deciding side (for TOWN cases a town-clerk "
            + "too), county-org")
    public Uni<AppointmentView> recordObjection(@Description(ID) @NotNull @Id @Name("id") String id,
            @Description("What the objection says and the day it was received") @NotNull @Valid @Name("objection") ObjectionInput objection) {
        return service.recordObjection(Ids.parse("id", id), objection);
    }

    @Mutation("makeAppointmentEffective")
    @Description("生效 on the day (PUBLIC_NOTICE → EFFECTIVE), from the day after the notice's last day "
            + "(NOTICE_PERIOD_NOT_OVER before). APPOINT and SECONDMENT open the post, REMOVE ends it (POST_NOT_HELD when "
            + "not held), TRANSFER ends the person's posts, opens the new one and moves the registration (QUOTA_EXCEEDED "
            + "when no slot is left); a leading post must fit the unit's leadership posts (LEADERSHIP_POSTS_EXCEEDED). "
            + DECIDER)
    public Uni<AppointmentView> makeAppointmentEffective(@Description(ID) @NotNull @Id @Name("id") String id,
            @Description(STEP) @Valid @Name("step") CaseStep step) {
        return service.makeEffective(Ids.parse("id", id), step(step));
    }

    @Mutation("withdrawAppointment")
    @Description("撤回: withdraw the case at any step before EFFECTIVE (→ WITHDRAWN). " + DECIDER)
    public Uni<AppointmentView> withdrawAppointment(@Description(ID) @NotNull @Id @Name("id") String id,
            @Description("Why the case is withdrawn and the day") @NotNull @Valid @Name("withdrawal") WithdrawalInput withdrawal) {
        return service.withdraw(Ids.parse("id", id), withdrawal);
    }
}
