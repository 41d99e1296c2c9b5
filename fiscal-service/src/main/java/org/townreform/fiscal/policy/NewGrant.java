package org.townreform.fiscal.policy;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A fixed amount budgeted for the town in a year of the policy (not a return), e.g. a start-up fund. */
@Input("NewGrant")
@Description("A fixed amount budgeted for the town in a year of the policy, e.g. a start-up fund; not a return")
public record NewGrant(
        @NotNull Integer year,
        @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @NotBlank @Size(max = 300) String purpose) {
}
