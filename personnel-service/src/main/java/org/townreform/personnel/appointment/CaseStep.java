package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** A step with nothing to record but its day (default today, never in the future) and an optional note. */
@Input("CaseStep")
public record CaseStep(LocalDate date, @Size(max = 2000) String text) {
}
