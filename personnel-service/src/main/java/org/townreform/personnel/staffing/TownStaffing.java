package org.townreform.personnel.staffing;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** A town's staffing view: per unit and in total, for the registrations active on {@code asOf}. */
@Type("TownStaffing")
@Description("编制使用情况: quota, occupied, vacant and vacancy rate per unit and in total")
public record TownStaffing(String townCode, LocalDate asOf, List<StaffingLine> units, StaffingTotals total) {
}
