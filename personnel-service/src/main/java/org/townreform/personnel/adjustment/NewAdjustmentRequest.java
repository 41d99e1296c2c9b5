package org.townreform.personnel.adjustment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The town's written request about the head of a DUAL unit, sent on {@code date} (default today). */
@Input("NewAdjustmentRequest")
@Description("The town's written adjustment request (书面调整意见) about the head of a DUAL unit")
public record NewAdjustmentRequest(
        @Description("Id of the unit (OrgUnit.id), under DUAL management (NOT_DUAL_UNIT otherwise)") @NotNull @Id Long unitId,
        @Description("Id of the head concerned (Person.id), staff of the unit's town (TOWN_MISMATCH otherwise); may be left out") @Id @Schema(example = "90101") Long personId,
        @Description("What the town asks; not blank, up to 2000 characters") @NotBlank @Size(max = 2000) String text,
        @Description("The letter's reference (e.g. its document number), up to 100 characters; may be left out") @Size(max = 100) String reference,
        @Description("Day the request is sent; default today (UTC+8), never in the future (DATE_IN_FUTURE)") LocalDate date) {
}
