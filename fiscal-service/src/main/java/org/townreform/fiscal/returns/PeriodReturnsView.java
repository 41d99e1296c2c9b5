package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.disbursement.OutstandingRow;

/**
 * A month's return lines and, per earmark, what has been disbursed against them. For an issued month they are the stored
 * statement ({@code issued}, {@code issuedOn}), which never changes; for a month not issued, the statement issuing it now
 * would give (provisional). {@code disbursement[].outstanding} shows the difference with what went out (negative: more was
 * disbursed than is now owed).
 */
@Type("PeriodReturns")
@Description("A month's return lines (the issued statement, or provisional), with what was disbursed against them")
public record PeriodReturnsView(
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description("The month (period) asked, YYYY-MM") @Schema(example = "2026-03") String period,
        @Description("The policy version in force that month; null when none is") PolicyRef policy,
        @Description("The month's return lines, one per rule in force, and any 'carried from earlier periods' lines (lineType), each explained") List<ReturnLine> lines,
        @Description("Sum of the lines' amounts, yuan to 2 decimals, a decimal string") @NumberFormat(value = "0.00", locale = "en") BigDecimal totalAmount,
        @Description("Sum of the lines' payable figures: what may be disbursed, yuan to 2 decimals, a decimal string") @NumberFormat(value = "0.00", locale = "en") BigDecimal totalPayable,
        @Description("Per earmark: payable, disbursed, outstanding (the difference), deadlines") List<OutstandingRow> disbursement,
        @Description(Descriptions.YEAR_STATUS) @Schema(example = "OPEN") String yearStatus,
        @Description("True when the month's statement is issued: these are its stored lines, not a recomputation") boolean issued,
        @Description("The day the statement was issued; null while provisional") LocalDate issuedOn,
        @Description("The issued statement's id (ReturnStatement.id); null while provisional") Long statementId,
        @Description("Sum of the 'carried from earlier periods' lines, yuan to 2 decimals, a decimal string") @NumberFormat(value = "0.00", locale = "en") BigDecimal carriedFromEarlierPeriods) {
}
