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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.common.id.TownCode;
import org.townreform.common.id.Uscc;
import org.townreform.fiscal.config.Descriptions;

/**
 * A revenue entry as a source system sends it. {@code sourceSystem} + {@code externalRef} identify it: a resend returns the
 * entry first recorded. {@code amount} is yuan, or mu (to 0.01) for FARMLAND_RECLAIMED_MU. {@code date} is the day it is
 * booked (default today, never in the future); the period may not be after that day's month.
 */
@Input("NewRevenueEntry")
@Description("A revenue entry from a source system")
public record NewRevenueEntry(
        @NotNull @TownCode @Description(Descriptions.TOWN_CODE_WRITE) @Schema(example = "441900113") String townCode,
        @NotNull @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a period YYYY-MM") @Description("The month (period) the revenue counts in, YYYY-MM; not after the booking date's month (PERIOD_IN_FUTURE), not in a settled year (PERIOD_CLOSED)") @Schema(example = "2026-03") String period,
        @NotNull @Description("What the entry counts (收入类别)") RevenueCategory category,
        @NotNull @DecimalMin(value = "0.01", message = "must be positive (a correction is a reversal)") @Digits(integer = 16, fraction = 2) @Description("Positive: yuan with at most 2 decimals (mu to 0.01 for FARMLAND_RECLAIMED_MU), sent as a decimal string (e.g. \"1250000.00\"); a correction is a reversal") BigDecimal amount,
        @NotBlank @Size(max = 50) @Description("The sending system, up to 50 characters; with externalRef it identifies the entry") @Schema(example = "DEMO") String sourceSystem,
        @NotBlank @Size(max = 100) @Description("The sending system's own reference of the entry, up to 100 characters: a resend with the same sourceSystem and externalRef answers the entry first recorded; other content under it is refused (EXTERNAL_REF_REUSED)") @Schema(example = "DEMO-441900113-2026-03-TAX_EXISTING") String externalRef,
        @Uscc @Description("统一社会信用代码 of the enterprise, when the revenue is one enterprise's") @Schema(example = "91441900MA4UJY1A5Y") String enterpriseUscc,
        @Description("The day the entry is booked; " + Descriptions.ACTION_DATE) LocalDate date,
        @Size(max = 500) @Description(Descriptions.NOTE_IN) String note) {
}
