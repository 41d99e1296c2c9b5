package org.townreform.fiscal.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;

/** A town's year as the settlement sees it: OPEN or SETTLED, the current settlement, and earlier (reopened) ones. */
@Type("FiscalYearSettlement")
@Description("A town's year: open or settled, with its settlements")
public record SettlementView(
        String townCode,
        int year,
        @Description("OPEN or SETTLED") YearStatus status,
        @Description("The settlement that closes the year; null while open") Record current,
        @Description("Earlier settlements, reopened, newest first") List<Record> history,
        @Description("Every settlement of the year, newest first: the current one (if any) and the reopened ones") List<Record> settlements) {

    @Type("Settlement")
    @Description("One settlement (决算) of a year")
    public record Record(
            long id,
            @Description("SETTLED or REOPENED") String status,
            Long policyId,
            LocalDate settledOn,
            String settledBy,
            OffsetDateTime settledAt,
            @Description("The annual return computed with the annual figures") @NumberFormat(value = "0.00", locale = "en") BigDecimal annualReturn,
            @Description("Sum of the payable lines of the year's issued statements") @NumberFormat(value = "0.00", locale = "en") BigDecimal monthlyPayable,
            @Description("annualReturn − monthlyPayable − the adjustments of earlier settlements: positive 补, negative 退") @NumberFormat(value = "0.00", locale = "en") BigDecimal adjustment,
            @Description("SUPPLEMENT (补), REFUND (退) or NONE") String adjustmentKind,
            List<SettlementLine> lines,
            String note,
            LocalDate reopenedOn,
            String reopenedBy,
            String reopenReason,
            long version) {

        public static Record of(Settlement s, List<SettlementLine> lines) {
            return new Record(s.id, s.status, s.policyId, s.settledOn, s.settledBy, s.settledAt, s.annualReturn,
                    s.monthlyPayable, s.adjustment, SettlementCalculator.kind(s.adjustment), lines, s.note,
                    s.reopenedOn, s.reopenedBy, s.reopenReason, s.version);
        }
    }
}
