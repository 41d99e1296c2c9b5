package org.townreform.fiscal.disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;

/** A transfer of returns (调拨) for a period and an earmark; partial transfers are allowed, never beyond what is owed. */
@Input("NewDisbursement")
@Description("A transfer of returns for a period and an earmark")
public record NewDisbursement(
        @NotNull @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a period YYYY-MM") @Description("The return period paid, YYYY-MM; not after the transfer's month (PERIOD_IN_FUTURE)") @Schema(example = "2026-03") String period,
        @Size(min = 1, max = 100) @Description("The earmark paid (专项用途); absent for general-purpose returns") @Schema(example = "城市更新") String earmark,
        @NotBlank @Size(max = 60) @Description("Voucher number (凭证号), up to 60 characters, unique per town (DUPLICATE_VOUCHER)") @Schema(example = "演示-113-202603-G") String voucherNo,
        @Description("Day of the transfer; " + Descriptions.ACTION_DATE) LocalDate date,
        @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) @Description("The amount transferred, positive, "
                + Descriptions.YUAN_IN
                + "; partial allowed, never beyond what is outstanding for the period and earmark today (OVER_DISBURSEMENT)") BigDecimal amount,
        @Size(max = 500) @Description(Descriptions.NOTE_IN) String note) {
}
