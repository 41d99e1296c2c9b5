package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** Why the case is withdrawn. */
@Input("WithdrawalInput")
public record WithdrawalInput(@NotBlank @Size(max = 1000) String reason, LocalDate date) {
}
