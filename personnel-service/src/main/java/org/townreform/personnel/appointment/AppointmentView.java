package org.townreform.personnel.appointment;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.personnel.unit.AppointingAuthority;

/** An appointment case as it stands. */
@Type("Appointment")
@Description("任免案件")
public record AppointmentView(
        @Id long id,
        String townCode,
        AppointmentType type,
        @Id long personId,
        String personName,
        @Id long unitId,
        String unitName,
        String postTitle,
        boolean leading,
        @Description("TOWN (town-leader decides) or DEPARTMENT (dept-officer of decidingDepartment decides)") AppointingAuthority authority,
        String decidingDepartment,
        @Description("The side consulted before deciding: a department, or TOWN_PARTY_COMMITTEE; null when none") String consultedParty,
        AppointmentStatus status,
        String reason,
        LocalDate openedOn,
        String openedBy,
        LocalDate consultedOn,
        Opinion opinion,
        String opinionText,
        LocalDate opinionOn,
        String opinionBy,
        CoordinationOutcome coordinationOutcome,
        String coordinationText,
        LocalDate coordinatedOn,
        String coordinatedBy,
        String meetingReference,
        LocalDate decidedOn,
        String decidedBy,
        @Description("任前公示, once published") Notice notice,
        LocalDate effectiveOn,
        String madeEffectiveBy,
        LocalDate withdrawnOn,
        String withdrawnBy,
        String withdrawReason,
        @Description("The actions the workflow allows now") List<AppointmentAction> allowedActions,
        long version) {

    /** The pre-appointment notice: it runs {@code workingDays} working days after it starts, ending on {@code endsOn}. */
    @Type("AppointmentNotice")
    public record Notice(LocalDate startedOn, int workingDays,
            @Description("The last day of the notice; the case may take effect from the next day") LocalDate endsOn,
            @Description("True while endsOn rests on a year whose official calendar is not loaded") boolean provisional,
            List<Objection> objections) {
    }

    @Type("AppointmentObjection")
    public record Objection(@Id long id, LocalDate receivedOn, String text, String recordedBy) {
    }
}
