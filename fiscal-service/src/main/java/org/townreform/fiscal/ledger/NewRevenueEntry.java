package org.townreform.fiscal.ledger;

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
import org.townreform.common.id.TownCode;
import org.townreform.common.id.Uscc;

/**
 * A revenue entry as a source system sends it. {@code sourceSystem} + {@code externalRef} identify it: a resend returns the
 * entry first recorded. {@code amount} is yuan, or mu (to 0.01) for FARMLAND_RECLAIMED_MU. {@code date} is the day it is
 * booked (default today, never in the future); the period may not be after that day's month.
 */
@Input("NewRevenueEntry")
@Description("A revenue entry from a source system")
public record NewRevenueEntry(
        @NotNull @TownCode String townCode,
        @NotNull @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a period YYYY-MM") @Description("YYYY-MM") String period,
        @NotNull RevenueCategory category,
        @NotNull @DecimalMin(value = "0.01", message = "must be positive (a correction is a reversal)") @Digits(integer = 16, fraction = 2) @Description("Yuan, or mu for FARMLAND_RECLAIMED_MU; a decimal string") BigDecimal amount,
        @NotBlank @Size(max = 50) String sourceSystem,
        @NotBlank @Size(max = 100) String externalRef,
        @Uscc @Description("统一社会信用代码 of the enterprise, when the revenue is one enterprise's") String enterpriseUscc,
        @Description("The day the entry is booked; default today, never in the future") LocalDate date,
        @Size(max = 500) String note) {
}
