package org.townreform.personnel.unit;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** 撤销: a unit closed on {@code date}; it must hold no open registration. */
@Input("UnitAbolition")
@Description("撤销: a unit closed on a day; it must hold no open registration (UNIT_HAS_STAFF)")
public record UnitAbolition(
        @Description("Day the unit closes; default today (UTC+8), never in the future (DATE_IN_FUTURE) nor before it was "
                + "set up (DATE_BEFORE_ESTABLISHED)") LocalDate date,
        @Description("The decision's document number (文号), up to 100 characters") @Size(max = 100) String reference) {
}
