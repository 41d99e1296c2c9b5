package org.townreform.personnel.appointment;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.unit.AppointingAuthority;

/** An appointment case as it stands. */
@Type("Appointment")
@Description("任免案件: an appointment, removal, transfer or secondment case, from draft through consultation, "
        + "(coordination), decision and pre-appointment notice to effect, or withdrawn; each step keeps who took it and "
        + "on which day")
public record AppointmentView(
        @Id @Description("The case's id, stable, as assigned by this service (the id argument of the workflow mutations)") long id,
        @Description("The town of the case's unit: its 9-digit township administrative division code (e.g. 441900113)") @Schema(example = "441900113") String townCode,
        @Description("What the case does: APPOINT, REMOVE, TRANSFER or SECONDMENT") AppointmentType type,
        @Id @Description("Id of the person the case is about (Person.id), staff of the same town") @Schema(example = "90101") long personId,
        @Description("The person's name as recorded now") @Schema(example = "林国强") String personName,
        @Id @Description("Id of the unit of the post (OrgUnit.id); for a TRANSFER the unit the person moves to") long unitId,
        @Description("The unit's name as recorded now") @Schema(example = "党政人大办公室") String unitName,
        @Description("Title of the post (职务), e.g. 副局长; a REMOVE ends the post of this title the person holds in the unit") @Schema(example = "党政人大办公室主任") String postTitle,
        @Description("A leading post (主要负责人 or deputy): counts against the unit's leadership posts (领导职数) and "
                + "decides rotation (定期轮岗)") boolean leading,
        @Description("TOWN (town-leader decides) or DEPARTMENT (dept-officer of decidingDepartment decides)") AppointingAuthority authority,
        @Description("The unit's superior department, which decides a DEPARTMENT case (DUAL unit); null when the town decides") String decidingDepartment,
        @Description("The side consulted before deciding: a department, or TOWN_PARTY_COMMITTEE; null when none") String consultedParty,
        @Description("Where the case stands in its workflow") AppointmentStatus status,
        @Description("Why the case was opened, as given; null when none") String reason,
        @Description("Day the case was drafted") LocalDate openedOn,
        @Description("User name (preferred_username of the token) of who opened the case") String openedBy,
        @Description("Day the case was sent to the consulted side; null until then") LocalDate consultedOn,
        @Description("The consulted side's opinion; null until given") Opinion opinion,
        @Description("The reasons given with the opinion; null until given") String opinionText,
        @Description("Day of the opinion; null until given") LocalDate opinionOn,
        @Description("User name of who gave the opinion; null until given") String opinionBy,
        @Description("The county organisation department's outcome after a disagreement; null unless coordinated") CoordinationOutcome coordinationOutcome,
        @Description("The note given with the coordination outcome; null when none") String coordinationText,
        @Description("Day of the coordination outcome; null unless coordinated") LocalDate coordinatedOn,
        @Description("User name of the county-org user who coordinated; null unless coordinated") String coordinatedBy,
        @Description("Reference of the meeting that decided (e.g. 镇党委会议纪要〔2026〕3号); null until decided") String meetingReference,
        @Description("Day of the decision; null until decided") LocalDate decidedOn,
        @Description("User name of who recorded the decision; null until decided") String decidedBy,
        @Description("The pre-appointment notice (任前公示); null until published") Notice notice,
        @Description("Day the case took effect; null until EFFECTIVE") LocalDate effectiveOn,
        @Description("User name of who made the case effective; null until EFFECTIVE") String madeEffectiveBy,
        @Description("Day the case was withdrawn; null unless WITHDRAWN") LocalDate withdrawnOn,
        @Description("User name of who withdrew the case (the county-org user when coordination withdrew it); null unless WITHDRAWN") String withdrawnBy,
        @Description("Why the case was withdrawn (after a coordination WITHDRAW: 县委组织部协调: withdrawn, with its note); null unless WITHDRAWN") String withdrawReason,
        @Description("The actions the workflow allows now") List<AppointmentAction> allowedActions,
        @Description("Version of the stored case, raised by each step that changes it (the workflow mutations take no version)") long version) {

    /** The pre-appointment notice: it runs {@code workingDays} working days after it starts, ending on {@code endsOn}. */
    @Type("AppointmentNotice")
    @Description("The pre-appointment notice (任前公示) of a case: it runs workingDays working days after the day it "
            + "starts; objections received meanwhile are recorded on it")
    public record Notice(@Description("Day the notice was published") LocalDate startedOn,
            @Description("Working days the notice runs after startedOn: personnel.notice-working-days (default 5) when "
                    + "published, fixed on the case") int workingDays,
            @Description("The last day of the notice; the case may take effect from the next day") LocalDate endsOn,
            @Description("True while endsOn rests on a year whose official calendar is not loaded") boolean provisional,
            @Description("Objections recorded while the notice runs, in the order recorded") List<Objection> objections) {
    }

    @Type("AppointmentObjection")
    @Description("An objection received while the pre-appointment notice (任前公示) runs")
    public record Objection(@Id @Description("The objection's id, as assigned by this service") long id,
            @Description("Day the objection was received") LocalDate receivedOn,
            @Description("What the objection says") String text,
            @Description("User name of who recorded the objection") String recordedBy) {
    }
}
