package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Why the case is withdrawn. */
@Input("WithdrawalInput")
@Description("The withdrawal (撤回) of an appointment case: why, and on which day")
public record WithdrawalInput(
        @Description("Why the case is withdrawn; not blank, up to 1000 characters") @NotBlank @Size(max = 1000) String reason,
        @Description(CaseStep.DATE) LocalDate date) {
}
