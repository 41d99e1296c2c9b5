package org.townreform.personnel.staffing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.config.Descriptions;

/** A person to register in a unit's slot (of the person's staff type) from {@code date} (default today). */
@Input("NewRegistration")
@Description("A person to register in a slot of the unit (编制实名制), of the quota of the person's staff type")
public record NewRegistration(
        @Description("The person to register (Person.id): staff of the unit's town (TOWN_MISMATCH), in no other slot "
                + "(ALREADY_REGISTERED); REFERENCE_NOT_FOUND when there is no such person") @NotNull @Id @Schema(example = "90101") Long personId,
        @Description("The post (岗位) the person fills, up to 100 characters") @Size(max = 100) String post,
        @Description("Day the registration takes effect; default today (UTC+8), never in the future (DATE_IN_FUTURE) nor "
                + "before the unit was set up (DATE_BEFORE_ESTABLISHED)") LocalDate date,
        @Description(Descriptions.NOTE) @Size(max = 500) String note) {
}
