package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** An objection received during the notice, on {@code date} (default today). */
@Input("ObjectionInput")
public record ObjectionInput(@NotBlank @Size(max = 2000) String text, LocalDate date) {
}
