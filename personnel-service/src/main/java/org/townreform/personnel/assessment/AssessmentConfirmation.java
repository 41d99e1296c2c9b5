package org.townreform.personnel.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The department's confirmation of a proposed grade; {@code grade} when it confirms another grade than proposed. */
@Input("AssessmentConfirmation")
@Description("The superior department's confirmation of a proposed grade")
public record AssessmentConfirmation(
        @Description("The grade confirmed when it is not the one proposed; the proposed grade when left out. An EXCELLENT "
                + "must fit the unit's share (EXCELLENT_SHARE_EXCEEDED)") Grade grade,
        @Description("A comment, up to 1000 characters; may be left out") @Size(max = 1000) String comment,
        @Description("Day of the confirmation; default today (UTC+8), never in the future (DATE_IN_FUTURE) nor before the "
                + "grade was proposed (DATE_BEFORE_PREVIOUS_STEP)") LocalDate date) {
}
