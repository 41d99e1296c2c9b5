package org.townreform.personnel.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** The department's confirmation of a proposed grade; {@code grade} when it confirms another grade than proposed. */
@Input("AssessmentConfirmation")
public record AssessmentConfirmation(Grade grade, @Size(max = 1000) String comment, LocalDate date) {
}
