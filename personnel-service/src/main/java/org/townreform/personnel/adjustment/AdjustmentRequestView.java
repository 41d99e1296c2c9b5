package org.townreform.personnel.adjustment;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

/** An adjustment request with its deadline, as it stands on {@code asOf}. */
@Type("AdjustmentRequest")
@Description("书面调整意见")
public record AdjustmentRequestView(
        @Id long id,
        String townCode,
        @Id long unitId,
        String unitName,
        @Id Long personId,
        String personName,
        String department,
        String text,
        String reference,
        LocalDate sentOn,
        String sentBy,
        AdjustmentStatus status,
        @Description("The last day the department may act: one calendar month after sentOn, moved to a working day") LocalDate dueOn,
        @Description("True while dueOn rests on a year whose official calendar is not loaded") boolean provisional,
        @Description("Open and past dueOn on asOf") boolean overdue,
        @Description("Resolved after dueOn") boolean resolvedLate,
        AdjustmentOutcome outcome,
        String resolutionText,
        LocalDate resolvedOn,
        String resolvedBy,
        LocalDate asOf,
        long version) {
}
