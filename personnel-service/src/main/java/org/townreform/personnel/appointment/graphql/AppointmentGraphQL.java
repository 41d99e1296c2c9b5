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
import org.townreform.common.paging.Page;
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
    @Description("One appointment case (任免) as it stands")
    public Uni<AppointmentView> appointment(@NotNull @Id @Name("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    @Query("appointments")
    @Description("Cases of a town in id order, optionally of one status")
    public Uni<Page<AppointmentView>> appointments(@NotNull @Name("townCode") String townCode,
            @Name("status") AppointmentStatus status, @Name("limit") Integer limit, @Name("cursor") String cursor) {
        return service.list(townCode, status, PageRequest.of(limit, cursor, config.paging()));
    }

    @Query("rotationDue")
    @Description("定期轮岗: people in the same leading post longer than rotationYears on asOf (default today)")
    public Uni<List<RotationDue>> rotationDue(@NotNull @Name("townCode") String townCode,
            @Name("asOf") LocalDate asOf) {
        return rotation.due(townCode, asOf);
    }

    @Mutation("openAppointment")
    @Description("Open a case (DRAFT); only the side that appoints for the unit may (NOT_APPOINTING_AUTHORITY)")
    public Uni<AppointmentView> openAppointment(@NotNull @Valid @Name("appointment") NewAppointment appointment) {
        return service.open(appointment);
    }

    @Mutation("consultAppointment")
    @Description("Send the case to the consulted side (DRAFT → CONSULTATION)")
    public Uni<AppointmentView> consultAppointment(@NotNull @Id @Name("id") String id,
            @Valid @Name("step") CaseStep step) {
        return service.consult(Ids.parse("id", id), step(step));
    }

    @Mutation("giveOpinion")
    @Description("The consulted side's opinion: AGREE or DISAGREE (→ COORDINATION), with its reasons")
    public Uni<AppointmentView> giveOpinion(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("opinion") OpinionInput opinion) {
        return service.opinion(Ids.parse("id", id), opinion);
    }

    @Mutation("coordinateAppointment")
    @Description("county-org after a disagreement: PROCEED or WITHDRAW")
    public Uni<AppointmentView> coordinateAppointment(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("coordination") CoordinationInput coordination) {
        return service.coordinate(Ids.parse("id", id), coordination);
    }

    @Mutation("decideAppointment")
    @Description("Record the decision: meeting reference and date (→ DECIDED)")
    public Uni<AppointmentView> decideAppointment(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("decision") DecisionInput decision) {
        return service.decide(Ids.parse("id", id), decision);
    }

    @Mutation("publishNotice")
    @Description("Start the pre-appointment notice (任前公示, → PUBLIC_NOTICE)")
    public Uni<AppointmentView> publishNotice(@NotNull @Id @Name("id") String id, @Valid @Name("step") CaseStep step) {
        return service.publishNotice(Ids.parse("id", id), step(step));
    }

    @Mutation("recordObjection")
    @Description("Record an objection received during the notice")
    public Uni<AppointmentView> recordObjection(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("objection") ObjectionInput objection) {
        return service.recordObjection(Ids.parse("id", id), objection);
    }

    @Mutation("makeAppointmentEffective")
    @Description("Take effect on the day, after the notice has run (→ EFFECTIVE)")
    public Uni<AppointmentView> makeAppointmentEffective(@NotNull @Id @Name("id") String id,
            @Valid @Name("step") CaseStep step) {
        return service.makeEffective(Ids.parse("id", id), step(step));
    }

    @Mutation("withdrawAppointment")
    @Description("Withdraw the case at any step before EFFECTIVE")
    public Uni<AppointmentView> withdrawAppointment(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("withdrawal") WithdrawalInput withdrawal) {
        return service.withdraw(Ids.parse("id", id), withdrawal);
    }
}
