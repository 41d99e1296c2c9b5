package org.townreform.fiscal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.townreform.fiscal.disbursement.OutstandingRow;

/**
 * The year report as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese text): one row
 * per figure, columns {@code section,item,unit,YYYY-01..YYYY-12,total}; month cells are empty for months not begun.
 */
public final class ReportCsv {
    private ReportCsv() {
    }

    public static String of(TownYearReport r) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("section", "item", "unit"));
        for (int m = 1; m <= 12; m++) {
            header.add(String.format("%d-%02d", r.year(), m));
        }
        header.add("total");
        row(out, header);
        for (TownYearReport.CategoryRow c : r.revenue()) {
            row(out, line("revenue", c.category().name(), c.unit(), c.months(), c.total()));
        }
        row(out, line("revenue", "TOTAL", "YUAN", r.revenueByMonth(), r.revenueTotal()));
        row(out, single("growth", "previous_year_same_months", "YUAN", r.growth().previousYearRevenue()));
        row(out, single("growth", "rate", "RATIO", r.growth().rate()));
        row(out, single("growth", "target", "RATIO", r.growth().target()));
        row(out, single("growth", "meets_target", "",
                r.growth().meetsTarget() == null ? null : r.growth().meetsTarget().toString()));
        for (TownYearReport.RuleRow rule : r.returns()) {
            row(out, line("returns", "rule " + rule.ruleId() + " " + rule.kind() + " " + String.join("+",
                    rule.categories().stream().map(Enum::name).toList())
                    + (rule.earmark() == null ? "" : " [" + rule.earmark() + "]"), "YUAN", rule.months(),
                    rule.totalAmount()));
        }
        row(out, single("returns", "TOTAL_AMOUNT", "YUAN", r.returnsAmount()));
        row(out, single("returns", "TOTAL_PAYABLE", "YUAN", r.returnsPayable()));
        for (OutstandingRow o : r.disbursement()) {
            String item = o.period() + (o.earmark() == null ? "" : " [" + o.earmark() + "]");
            row(out, List.of("disbursement", item, o.status().name(), "", "", "", "", "", "", "", "", "", "", "", "",
                    "computed=" + o.computed().toPlainString() + " disbursed=" + o.disbursed().toPlainString()
                            + " outstanding=" + o.outstanding().toPlainString() + " due=" + o.dueDate()
                            + " overdueAfter=" + o.overdueAfter()));
        }
        row(out, single("summary", "computed", "YUAN", r.summary().computed()));
        row(out, single("summary", "disbursed", "YUAN", r.summary().disbursed()));
        row(out, single("summary", "outstanding", "YUAN", r.summary().outstanding()));
        row(out, single("summary", "late", "YUAN", r.summary().late()));
        row(out, single("summary", "overdue", "YUAN", r.summary().overdue()));
        row(out, single("summary", "year_status", "", r.yearStatus()));
        if (r.settlementAdjustment() != null) {
            row(out, single("summary", "settlement_adjustment", "YUAN", r.settlementAdjustment()));
        }
        return out.toString();
    }

    private static List<String> line(String section, String item, String unit, List<BigDecimal> months,
            BigDecimal total) {
        List<String> cells = new ArrayList<>(List.of(section, item, unit));
        for (int m = 0; m < 12; m++) {
            cells.add(m < months.size() ? months.get(m).toPlainString() : "");
        }
        cells.add(total.toPlainString());
        return cells;
    }

    private static List<String> single(String section, String item, String unit, Object total) {
        List<String> cells = new ArrayList<>(List.of(section, item, unit));
        for (int m = 0; m < 12; m++) {
            cells.add("");
        }
        cells.add(total == null ? "" : total instanceof BigDecimal b ? b.toPlainString() : total.toString());
        return cells;
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String escape(String v) {
        if (v == null) {
            return "";
        }
        // A leading =, +, - or @ would be a formula in a spreadsheet; quote such text cells (numbers stay numbers).
        boolean formula = !v.isEmpty() && "=+@".indexOf(v.charAt(0)) >= 0;
        if (formula || v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + (formula ? "'" : "") + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
