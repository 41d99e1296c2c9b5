package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** The consulted side's opinion with its reasons. */
@Input("OpinionInput")
public record OpinionInput(@NotNull Opinion opinion, @NotBlank @Size(max = 2000) String text, LocalDate date) {
}
