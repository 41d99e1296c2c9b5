package org.townreform.fiscal.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.returns.PolicyRef;
import org.townreform.fiscal.returns.ReturnLine;

/** A month's return statement: issued (a stored document) or provisional (what issuing it now would give). */
@Type("ReturnStatement")
@Description("A month's return statement (返还结算单): issued, it is a stored document that never changes")
public record StatementView(
        @Description("The statement's id, stable, as assigned by this service; null while provisional") Long id,
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description("The month (period) the statement is for, YYYY-MM") @Schema(example = "2026-03") String period,
        @Description("True when issued (stored); false for a provisional statement computed now") boolean issued,
        @Description("The day it was issued; null while provisional") LocalDate issuedOn,
        @Description("User name (preferred_username of the token) of who issued it (demo-data for the demo's statements); null while provisional") String issuedBy,
        @Description("The policy version in force that month; null when none was") PolicyRef policy,
        @Description("The month's lines and any 'carried from earlier periods' lines (lineType)") List<ReturnLine> lines,
        @Description("Sum of the lines' amounts, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal totalAmount,
        @Description("Sum of the lines' payable figures: what may be disbursed for the month, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal totalPayable,
        @Description("Sum of the 'carried from earlier periods' lines, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal carriedFromEarlierPeriods,
        @Description("The note given at issue (\"issued with the settlement of <year>\" for a month the settlement issued); null when none") String note) {

    public static StatementView of(String townCode, MonthStatement s, String note) {
        BigDecimal carried = s.lines().stream().filter(ReturnLine::carried).map(ReturnLine::amount)
                .reduce(org.townreform.fiscal.support.Amounts.ZERO, BigDecimal::add);
        return new StatementView(s.id(), townCode, s.period(), s.issued(), s.issuedOn(), s.issuedBy(), s.policy(),
                s.lines(), s.totalAmount(), s.totalPayable(), carried, note);
    }
}
