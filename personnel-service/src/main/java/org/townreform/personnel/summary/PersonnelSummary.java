package org.townreform.personnel.summary;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.personnel.appointment.AppointmentStatus;
import org.townreform.personnel.staffing.StaffingTotals;
import org.townreform.personnel.unit.UnitKind;

/** What a dashboard shows of one town's personnel (人事权) on a day. */
@Type("PersonnelSummary")
@Description("A town's personnel at a glance, for dashboards")
public record PersonnelSummary(
        String townCode,
        String townName,
        LocalDate asOf,
        @Description("Quota, occupied, vacant and vacancy rate: administrative, institution, both; contract staff") StaffingTotals staffing,
        @Description("Active units") int units,
        @Description("Active units by kind") List<KindCount> unitsByKind,
        @Description("Active internal offices and bureaus") int internalOfficesAndBureaus,
        int maxInternalOffices,
        @Description("领导职数 of the town's leadership team on asOf") int leadershipPosts,
        @Description("Appointment cases not yet EFFECTIVE or WITHDRAWN (as they stand now)") int openAppointments,
        List<StatusCount> openAppointmentsByStatus,
        @Description("Cases in their pre-appointment notice (任前公示)") int noticesInProgress,
        @Description("People due for rotation (定期轮岗) on asOf") int rotationDue,
        @Description("Written adjustment requests open on asOf") int openAdjustmentRequests,
        @Description("Of those, past their one-month deadline") int overdueAdjustmentRequests) {

    @Type("UnitKindCount")
    public record KindCount(UnitKind kind, int count) {
    }

    @Type("AppointmentStatusCount")
    public record StatusCount(AppointmentStatus status, int count) {
    }
}
