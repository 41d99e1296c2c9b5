package org.townreform.fiscal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;

/** A ledger entry as callers read it. */
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
        @Description("The entry that reverses this one") Long reversedById,
        @Description("The day it was booked") LocalDate date,
        String note,
        String recordedBy,
        OffsetDateTime recordedAt) {

    public static RevenueEntryView of(RevenueEntry e, Long reversedById) {
        return new RevenueEntryView(e.id, e.townCode, e.period().toString(), e.category, e.category.unit(), e.amount,
                e.sourceSystem, e.externalRef, e.enterpriseUscc, e.reversesId, reversedById, e.entryDate, e.note,
                e.recordedBy, e.recordedAt);
    }
}
