package org.townreform.personnel.unit;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** 合并组建: the units merged into this (new) unit on {@code date}, by decision {@code reference}. */
@Input("UnitMerge")
@Description("合并组建: the units merged into this unit on a day; their quotas move with them (编制随机构划转), their open "
        + "registrations move to this unit and their posts end")
public record UnitMerge(
        @Description("Ids of the units merged in (OrgUnit.id), 1 to 20: active units (UNIT_NOT_ACTIVE) of the same town, "
                + "not the unit itself, none whose quotas change after the date (MERGE_INVALID)") @NotNull @Id @Size(min = 1, max = 20) List<@NotNull Long> mergedUnitIds,
        @Description("Day of the merger; default today (UTC+8), never in the future (DATE_IN_FUTURE), nor before any of "
                + "the units was set up (DATE_BEFORE_ESTABLISHED) or a moved registration began (DATE_BEFORE_REGISTRATION)") LocalDate date,
        @Description("The decision's document number (文号), up to 100 characters") @Size(max = 100) String reference) {
}
