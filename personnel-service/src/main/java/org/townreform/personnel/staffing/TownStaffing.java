package org.townreform.personnel.staffing;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.config.Descriptions;

/** A town's staffing view: per unit and in total, for the registrations active on {@code asOf}. */
@Type("TownStaffing")
@Description("编制使用情况: quota, occupied, vacant and vacancy rate per unit and in total")
public record TownStaffing(
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description(Descriptions.AS_OF_FIELD) LocalDate asOf,
        @Description("Each unit in force on asOf (set up by then, not merged or abolished by then) or with registrations "
                + "active that day, in id order") List<StaffingLine> units,
        @Description("The units summed") StaffingTotals total) {
}
