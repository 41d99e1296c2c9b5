package org.townreform.personnel.adjustment;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An adjustment request with its deadline, as it stands on {@code asOf}. */
@Type("AdjustmentRequest")
@Description("书面调整意见: the town party committee's written request that the superior department adjust the head of "
        + "a DUAL unit, with its deadline as it stands on asOf")
public record AdjustmentRequestView(
        @Id @Description("The request's id, stable, as assigned by this service (the id argument of resolveAdjustmentRequest)") long id,
        @Description("The town of the unit: its 9-digit township administrative division code (e.g. 441900113)") @Schema(example = "441900113") String townCode,
        @Id @Description("Id of the DUAL unit concerned (OrgUnit.id)") long unitId,
        @Description("The unit's name as recorded now") @Schema(example = "党政人大办公室") String unitName,
        @Id @Description("Id of the head concerned (Person.id); null when the request names nobody") @Schema(example = "90101") Long personId,
        @Description("The head's name as recorded now; null when the request names nobody") @Schema(example = "林国强") String personName,
        @Description("The department addressed: the unit's superior department when the request was sent") @Schema(example = "东莞市委组织部") String department,
        @Description("What the town asks, as written") String text,
        @Description("The letter's reference (e.g. its document number); null when none") String reference,
        @Description("Day the request was sent") LocalDate sentOn,
        @Description("User name (preferred_username of the token) of the town-leader who sent it") String sentBy,
        @Description("OPEN or RESOLVED, as stored now (whatever asOf)") AdjustmentStatus status,
        @Description("The last day the department may act: personnel.adjustment-response-months (default 1) calendar months after "
                + "sentOn, moved to the next working day") LocalDate dueOn,
        @Description("True while dueOn rests on a year whose official calendar is not loaded") boolean provisional,
        @Description("Open and past dueOn on asOf") boolean overdue,
        @Description("Resolved after dueOn") boolean resolvedLate,
        @Description("What the department did; null until RESOLVED") AdjustmentOutcome outcome,
        @Description("The department's note on its action; null when none") String resolutionText,
        @Description("Day the department acted; null until RESOLVED") LocalDate resolvedOn,
        @Description("User name of the dept-officer who resolved it; null until RESOLVED") String resolvedBy,
        @Description("Day this view was computed for: the asOf asked, or today (UTC+8)") LocalDate asOf,
        @Description("Version of the stored request, raised by its resolution (the mutations take no version)") long version) {
}
