package org.townreform.fiscal.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;

/** A town's year as the settlement sees it: OPEN or SETTLED, the current settlement, and earlier (reopened) ones. */
@Type("FiscalYearSettlement")
@Description("A town's year: open or settled, with its settlements")
public record SettlementView(
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description(Descriptions.YEAR_FIELD) @Schema(example = "2026") int year,
        @Description("OPEN or SETTLED") YearStatus status,
        @Description("The settlement that closes the year; null while open") Record current,
        @Description("Earlier settlements, reopened, newest first") List<Record> history,
        @Description("Every settlement of the year, newest first: the current one (if any) and the reopened ones") List<Record> settlements) {

    @Type("Settlement")
    @Description("One settlement (决算) of a year")
    public record Record(
            @Description("The settlement's id, stable, as assigned by this service") long id,
            @Description("SETTLED (it closes the year) or REOPENED (the year was reopened since)") @Schema(example = "SETTLED") String status,
            @Description("Id of the year's policy version (Policy.id): the one in force in December, else the last one in force before it; null when none held in the year") Long policyId,
            @Description("Day of the settlement, after the year's end") LocalDate settledOn,
            @Description("User name (preferred_username of the token) of who settled") String settledBy,
            @Description("When the settlement was recorded, at +08:00") OffsetDateTime settledAt,
            @Description("The annual return computed with the annual figures (sum of the lines'), "
                    + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal annualReturn,
            @Description("Sum of the payable lines of the year's issued statements, "
                    + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal monthlyPayable,
            @Description("annualReturn − monthlyPayable − the adjustments of earlier settlements: positive 补, negative 退, "
                    + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal adjustment,
            @Description("SUPPLEMENT (补), REFUND (退) or NONE") @Schema(example = "SUPPLEMENT") String adjustmentKind,
            @Description("One line per rule: its annual return against the year's issued statements") List<SettlementLine> lines,
            @Description("The note given when settling; null when none") String note,
            @Description("Day the year was reopened; null unless REOPENED") LocalDate reopenedOn,
            @Description("User name (preferred_username of the token) of who reopened the year; null unless REOPENED") String reopenedBy,
            @Description("The reason given for reopening; null unless REOPENED") String reopenReason,
            @Description(Descriptions.VERSION_OUT + " (reopenYear)") long version) {

        public static Record of(Settlement s, List<SettlementLine> lines) {
            return new Record(s.id, s.status, s.policyId, s.settledOn, s.settledBy, s.settledAt, s.annualReturn,
                    s.monthlyPayable, s.adjustment, SettlementCalculator.kind(s.adjustment), lines, s.note,
                    s.reopenedOn, s.reopenedBy, s.reopenReason, s.version);
        }
    }
}
