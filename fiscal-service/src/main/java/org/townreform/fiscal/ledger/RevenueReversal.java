package org.townreform.fiscal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;

/**
 * A reversal (冲销) of an entry, in whole or in part: {@code amount} (positive, at most what is left of the entry after its
 * earlier reversals; absent = all that is left) is booked as an entry of the opposite sign in {@code period} (default:
 * the month of {@code date}), which may not be before the entry's own period. {@code sourceSystem} + {@code externalRef},
 * when given, make a resend return the same reversal.
 */
@Input("RevenueReversal")
@Description("Reverses a ledger entry, in whole or in part, with an entry of the opposite amount")
public record RevenueReversal(
        @NotBlank @Size(max = 500) @Description("Why the entry is reversed (e.g. the tax office's correction), up to 500 characters; kept as the reversing entry's note") String reason,
        @DecimalMin(value = "0.01", message = "must be positive") @Digits(integer = 16, fraction = 2) @Description("How much to reverse: positive, yuan with at most 2 decimals (mu for FARMLAND_RECLAIMED_MU), sent as a decimal string; at most what is left of the entry (REVERSAL_EXCEEDS_REMAINING); absent = all that is left") BigDecimal amount,
        @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a period YYYY-MM") @Description("YYYY-MM the reversal is booked in; default the month of date; never before the entry's period (REVERSAL_BEFORE_ORIGINAL), not after date's month (PERIOD_IN_FUTURE), not in a settled year (PERIOD_CLOSED)") @Schema(example = "2026-03") String period,
        @Description("The day the reversal is booked; " + Descriptions.ACTION_DATE) LocalDate date,
        @Size(min = 1, max = 50) @Description("The sending system, given together with externalRef: a resend with both answers the reversal first booked; absent, the reversal is booked as FISCAL-REVERSAL") @Schema(example = "DEMO") String sourceSystem,
        @Size(min = 1, max = 100) @Description("The sending system's reference of the reversal, given together with sourceSystem; absent, reverses-<id> (later parts reverses-<id>-<n>)") @Schema(example = "DEMO-441900113-2026-03-TAX_EXISTING") String externalRef) {
}
