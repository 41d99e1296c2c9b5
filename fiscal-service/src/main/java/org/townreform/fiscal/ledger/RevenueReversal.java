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

/**
 * A reversal (冲销) of an entry, in whole or in part: {@code amount} (positive, at most what is left of the entry after its
 * earlier reversals; absent = all that is left) is booked as an entry of the opposite sign in {@code period} (default:
 * the month of {@code date}), which may not be before the entry's own period. {@code sourceSystem} + {@code externalRef},
 * when given, make a resend return the same reversal.
 */
@Input("RevenueReversal")
@Description("Reverses a ledger entry, in whole or in part, with an entry of the opposite amount")
public record RevenueReversal(
        @NotBlank @Size(max = 500) String reason,
        @DecimalMin(value = "0.01", message = "must be positive") @Digits(integer = 16, fraction = 2) @Description("How much to reverse (positive, a decimal string); at most what is left of the entry; absent = all that is left") BigDecimal amount,
        @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a period YYYY-MM") @Description("YYYY-MM the reversal is booked in") String period,
        LocalDate date,
        @Size(min = 1, max = 50) String sourceSystem,
        @Size(min = 1, max = 100) String externalRef) {
}
