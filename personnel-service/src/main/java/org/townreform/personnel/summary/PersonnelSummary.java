package org.townreform.personnel.summary;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.appointment.AppointmentStatus;
import org.townreform.personnel.config.Descriptions;
import org.townreform.personnel.staffing.StaffingTotals;
import org.townreform.personnel.unit.UnitKind;

/** What a dashboard shows of one town's personnel (人事权) on a day. */
@Type("PersonnelSummary")
@Description("A town's personnel at a glance, for dashboards")
public record PersonnelSummary(
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description("The town's name") @Schema(example = "石龙镇") String townName,
        @Description(Descriptions.AS_OF_FIELD) LocalDate asOf,
        @Description("Quota, occupied, vacant and vacancy rate: administrative, institution, both; contract staff") StaffingTotals staffing,
        @Description("Active units (status ACTIVE now)") int units,
        @Description("Active units by kind; kinds with none are left out") List<KindCount> unitsByKind,
        @Description("Active internal offices and bureaus") int internalOfficesAndBureaus,
        @Description("Internal offices and bureaus allowed (the town's own limit or its category's default)") int maxInternalOffices,
        @Description("领导职数 of the town's leadership team on asOf") int leadershipPosts,
        @Description("Appointment cases not yet EFFECTIVE or WITHDRAWN (as they stand now)") int openAppointments,
        @Description("Open appointment cases by status; statuses with none are left out") List<StatusCount> openAppointmentsByStatus,
        @Description("Cases in their pre-appointment notice (任前公示)") int noticesInProgress,
        @Description("People due for rotation (定期轮岗) on asOf") int rotationDue,
        @Description("Written adjustment requests open on asOf") int openAdjustmentRequests,
        @Description("Of those, past their one-month deadline") int overdueAdjustmentRequests) {

    @Type("UnitKindCount")
    @Description("How many active units of a kind a town has")
    public record KindCount(@Description("The kind") UnitKind kind,
            @Description("Active units of the kind, at least 1") int count) {
    }

    @Type("AppointmentStatusCount")
    @Description("How many open appointment cases of a town are in a status")
    public record StatusCount(@Description("The status") AppointmentStatus status,
            @Description("Open cases in the status, at least 1") int count) {
    }
}
