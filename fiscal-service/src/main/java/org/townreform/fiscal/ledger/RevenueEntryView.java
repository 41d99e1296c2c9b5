package org.townreform.fiscal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;

/**
 * A ledger entry as callers read it. An entry that is not itself a reversal shows what its reversals took
 * ({@code reversedAmount}, {@code reversalIds} in booking order) and what is left to reverse ({@code remainingAmount});
 * on a reversal these are null and an empty list.
 */
@Type("RevenueEntry")
@Description("A line of the revenue ledger")
public record RevenueEntryView(
        long id,
        String townCode,
        @Description("YYYY-MM") String period,
        RevenueCategory category,
        @Description("YUAN, or MU for FARMLAND_RECLAIMED_MU") String unit,
        @Description("Decimal string; negative on a reversal") @NumberFormat(value = "0.00", locale = "en") BigDecimal amount,
        String sourceSystem,
        String externalRef,
        String enterpriseUscc,
        @Description("The entry this one reverses") Long reversesId,
        @Description("The latest entry reversing this one (all of them: reversalIds)") Long reversedById,
        @Description("The entries reversing this one, in booking order") List<Long> reversalIds,
        @Description("How much of the entry its reversals took (0.00 when none); null on a reversal") @NumberFormat(value = "0.00", locale = "en") BigDecimal reversedAmount,
        @Description("What is left of the entry to reverse: amount − reversedAmount; null on a reversal") @NumberFormat(value = "0.00", locale = "en") BigDecimal remainingAmount,
        @Description("The day it was booked") LocalDate date,
        String note,
        String recordedBy,
        OffsetDateTime recordedAt) {

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
