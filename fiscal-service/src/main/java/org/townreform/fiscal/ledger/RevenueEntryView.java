package org.townreform.fiscal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;

/**
 * A ledger entry as callers read it. An entry that is not itself a reversal shows what its reversals took
 * ({@code reversedAmount}, {@code reversalIds} in booking order) and what is left to reverse ({@code remainingAmount});
 * on a reversal these are null and an empty list.
 */
@Type("RevenueEntry")
@Description("A line of the revenue ledger")
public record RevenueEntryView(
        @Description("The entry's id, stable, as assigned by this service (the id argument of revenueEntry and reverseRevenueEntry)") long id,
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description("The month (period) the entry counts in, YYYY-MM; for a reversal, the period it is booked in (never before the reversed entry's)") @Schema(example = "2026-03") String period,
        @Description("What the entry counts (收入类别)") RevenueCategory category,
        @Description("YUAN, or MU for FARMLAND_RECLAIMED_MU") @Schema(example = "YUAN") String unit,
        @Description("Yuan to 2 decimals (mu to 0.01 for FARMLAND_RECLAIMED_MU), a decimal string; negative on a reversal") @NumberFormat(value = "0.00", locale = "en") BigDecimal amount,
        @Description("The system that sent the entry (FISCAL-REVERSAL for a reversal booked without a reference of its own); with externalRef, the entry's identity") @Schema(example = "DEMO") String sourceSystem,
        @Description("The sending system's reference of the entry (reverses-<id>, reverses-<id>-<n> for a reversal booked without one); a resend with the same sourceSystem and externalRef answers this entry") @Schema(example = "DEMO-441900113-2026-03-TAX_EXISTING") String externalRef,
        @Description("统一社会信用代码 (unified social credit code) of the enterprise whose revenue it is; null when not one enterprise's") @Schema(example = "91441900MA4UJY1A5Y") String enterpriseUscc,
        @Description("The entry this one reverses; null unless a reversal (冲销)") Long reversesId,
        @Description("The latest entry reversing this one (all of them: reversalIds)") Long reversedById,
        @Description("The entries reversing this one, in booking order") List<Long> reversalIds,
        @Description("How much of the entry its reversals took, yuan to 2 decimals, a decimal string (0.00 when none); null on a reversal") @NumberFormat(value = "0.00", locale = "en") BigDecimal reversedAmount,
        @Description("What is left of the entry to reverse: amount − reversedAmount, yuan to 2 decimals, a decimal string; null on a reversal") @NumberFormat(value = "0.00", locale = "en") BigDecimal remainingAmount,
        @Description("The day it was booked") LocalDate date,
        @Description("The note sent with the entry; for a reversal, its reason; null when none") String note,
        @Description("User name (preferred_username of the token) of who recorded it") String recordedBy,
        @Description("When it was recorded, at +08:00") OffsetDateTime recordedAt) {

    /** {@code reversals}: the entries reversing {@code e}, in any order (none for a new entry or a reversal). */
    public static RevenueEntryView of(RevenueEntry e, List<RevenueEntry> reversals) {
        List<RevenueEntry> by = reversals == null
                ? List.of()
                : reversals.stream().sorted(Comparator.comparing((RevenueEntry r) -> r.id)).toList();
        BigDecimal reversed = null;
        BigDecimal remaining = null;
        if (e.reversesId == null) {
            reversed = by.stream().map(r -> r.amount.negate()).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
            remaining = e.amount.subtract(reversed).setScale(2);
        }
        Long latest = by.isEmpty() ? null : by.get(by.size() - 1).id;
        return new RevenueEntryView(e.id, e.townCode, e.period().toString(), e.category, e.category.unit(), e.amount,
                e.sourceSystem, e.externalRef, e.enterpriseUscc, e.reversesId, latest,
                by.stream().map(r -> r.id).toList(), reversed, remaining, e.entryDate, e.note, e.recordedBy,
                e.recordedAt);
    }
}
