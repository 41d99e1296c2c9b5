package org.townreform.fiscal.policy;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;

/** A fixed amount budgeted for the town in a year of the policy (not a return), e.g. a start-up fund. */
@Input("NewGrant")
@Description("A fixed amount budgeted for the town in a year of the policy, e.g. a start-up fund; not a return")
public record NewGrant(
        @NotNull @Description("The year the amount is budgeted for: a year the version holds") @Schema(example = "2026") Integer year,
        @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) @Description("The amount budgeted, positive, "
                + Descriptions.YUAN_IN) BigDecimal amount,
        @NotBlank @Size(max = 300) @Description("What the amount is for (e.g. 试点镇发展启动资金), up to 300 characters") String purpose) {
}
