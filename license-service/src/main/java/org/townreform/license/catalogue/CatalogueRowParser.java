package org.townreform.license.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.townreform.license.catalogue.SheetReader.SheetRow;

/**
 * Turns the rows of a catalogue file into item drafts and rejections (SPEC §4.1). The first non-blank row is the header;
 * columns are found by their Chinese or English names in any order (see the module README for the layout), so the file
 * the county keeps in Excel can be imported as it is. Every data row is judged on its own: a bad row is rejected with all
 * its reasons and never stops the good ones.
 */
public final class CatalogueRowParser {
    public static final int MAX_MATERIALS = 50;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern DAYS = Pattern.compile("(\\d{1,4})(?:\\.0+)?\\s*(?:个)?(?:工作日|日|天)?");
    private static final Pattern FEE = Pattern.compile("(\\d{1,12})(\\.\\d{1,2})?\\s*(?:元)?");
    private static final Set<String> NO_FEE = Set.of("不收费", "免费", "无", "免收", "0元", "-", "—");

    /** The columns a catalogue file may have; the first six are required. */
    public enum Column {
        CODE(true, "事项编码", "编码", "事项代码", "code", "itemcode"), NAME(true, "事项名称", "名称", "name", "itemname"), KIND(true, "事项类型",
                "事项类别", "类型", "类别", "kind",
                "type"), DEPARTMENT(true, "授权部门", "实施部门", "下放部门", "主管部门", "部门", "department"), STATUTORY_DAYS(true, "法定时限",
                        "法定办结时限", "statutorydays"), PROMISED_DAYS(true, "承诺时限", "承诺办结时限", "promiseddays"), LEGAL_BASIS(false,
                                "设定依据", "法律依据", "依据", "legalbasis"), REQUIRED_MATERIALS(false, "必要材料", "必交材料", "申请材料",
                                        "requiredmaterials", "materials"), OPTIONAL_MATERIALS(false, "可选材料", "其他材料",
                                                "optionalmaterials"), FEE(false, "收费标准", "收费", "费用", "fee");

        final boolean required;
        final List<String> aliases;

        Column(boolean required, String... aliases) {
            this.required = required;
            this.aliases = List.of(aliases);
        }
    }

    /** A header that does not name the required columns. */
    public static final class HeaderException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public HeaderException(String message) {
            super(message);
        }
    }

    public record Accepted(int row, ItemDraft item) {
    }

    public record Rejected(int row, String code, List<String> reasons) {
    }

    public record Result(List<Accepted> accepted, List<Rejected> rejected, int dataRows) {
    }

    private CatalogueRowParser() {
    }

    public static Result parse(List<SheetRow> rows) {
        int headerIndex = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).blank()) {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex < 0) {
            throw new HeaderException("the file has no rows");
        }
        Map<Column, Integer> columns = header(rows.get(headerIndex).cells());
        List<Accepted> accepted = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int dataRows = 0;
        for (int i = headerIndex + 1; i < rows.size(); i++) {
            SheetRow r = rows.get(i);
            if (r.blank()) {
                continue;
            }
            dataRows++;
            List<String> reasons = new ArrayList<>();
            ItemDraft draft = row(r, columns, reasons);
            String code = cell(r, columns, Column.CODE);
            if (draft != null && seen.containsKey(draft.code())) {
                reasons.add("code " + draft.code() + " appears again: row " + seen.get(draft.code())
                        + " already gave it");
            }
            if (reasons.isEmpty()) {
                seen.put(draft.code(), r.number());
                accepted.add(new Accepted(r.number(), draft));
            } else {
                rejected.add(new Rejected(r.number(), code.isEmpty() ? null : code, List.copyOf(reasons)));
            }
        }
        return new Result(List.copyOf(accepted), List.copyOf(rejected), dataRows);
    }

    static Map<Column, Integer> header(List<String> cells) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int c = 0; c < cells.size(); c++) {
            Column col = column(cells.get(c));
            if (col != null && !found.containsKey(col)) {
                found.put(col, c);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column col : Column.values()) {
            if (col.required && !found.containsKey(col)) {
                missing.add(col.aliases.get(0) + " (" + col.aliases.get(col.aliases.size() - 1) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new HeaderException("the header row lacks the columns " + String.join(", ", missing));
        }
        return found;
    }

    private static Column column(String header) {
        if (header == null) {
            return null;
        }
        String s = header.replaceAll("[(（\\[【][^)）\\]】]*[)）\\]】]", " ").replace("*", " ")
                .toLowerCase(Locale.ROOT).trim();
        if (s.isEmpty()) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(s.replaceAll("[\\s_-]", ""));
        for (String token : s.split("[\\s/|,，、]+")) {
            if (!token.isBlank()) {
                candidates.add(token.replaceAll("[_-]", ""));
            }
        }
        for (String cand : candidates) {
            for (Column col : Column.values()) {
                if (col.aliases.contains(cand)) {
                    return col;
                }
            }
        }
        return null;
    }

    private static String cell(SheetRow r, Map<Column, Integer> columns, Column col) {
        Integer i = columns.get(col);
        if (i == null || i >= r.cells().size() || r.cells().get(i) == null) {
            return "";
        }
        return r.cells().get(i).trim();
    }

    private static ItemDraft row(SheetRow r, Map<Column, Integer> columns, List<String> reasons) {
        String code = cell(r, columns, Column.CODE);
        if (code.isEmpty()) {
            reasons.add("事项编码 (code) is missing");
        } else if (!CODE.matcher(code).matches()) {
            reasons.add("事项编码 (code) '" + abbreviate(code) + "' must be 1-40 letters, digits, '.', '_' or '-'");
        }
        String name = cell(r, columns, Column.NAME);
        if (name.isEmpty()) {
            reasons.add("事项名称 (name) is missing");
        } else if (name.length() > 200) {
            reasons.add("事项名称 (name) is longer than 200 characters");
        }
        String kindText = cell(r, columns, Column.KIND);
        ItemKind kind = ItemKind.parse(kindText).orElse(null);
        if (kind == null) {
            reasons.add("事项类型 (kind) '" + abbreviate(kindText)
                    + "' is not one of LICENSE 行政许可, APPROVAL 其他审批, PRE_REVIEW 项目预审, ENFORCEMENT 行政执法, FILING 备案");
        }
        String department = cell(r, columns, Column.DEPARTMENT);
        if (department.isEmpty()) {
            reasons.add("授权部门 (department) is missing");
        } else if (department.length() > 100) {
            reasons.add("授权部门 (department) is longer than 100 characters");
        }
        String legalBasis = cell(r, columns, Column.LEGAL_BASIS);
        if (legalBasis.length() > 1000) {
            reasons.add("设定依据 (legal basis) is longer than 1000 characters");
        }
        Integer statutory = days(cell(r, columns, Column.STATUTORY_DAYS), "法定时限 (statutory days)", reasons);
        Integer promised = days(cell(r, columns, Column.PROMISED_DAYS), "承诺时限 (promised days)", reasons);
        if (statutory != null && promised != null && promised > statutory) {
            reasons.add("承诺时限 (promised days) " + promised + " is above 法定时限 (statutory days) " + statutory);
        }
        List<Material> materials = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        materials(cell(r, columns, Column.REQUIRED_MATERIALS), true, materials, names, reasons);
        materials(cell(r, columns, Column.OPTIONAL_MATERIALS), false, materials, names, reasons);
        if (materials.size() > MAX_MATERIALS) {
            reasons.add("more than " + MAX_MATERIALS + " materials");
        }
        BigDecimal fee = fee(cell(r, columns, Column.FEE), reasons);
        if (!reasons.isEmpty()) {
            return code.isEmpty() || !CODE.matcher(code).matches()
                    ? null
                    : new ItemDraft(code, name, kind, department, legalBasis, 0, 0, List.of(), BigDecimal.ZERO);
        }
        return new ItemDraft(code, name, kind, department, legalBasis.isEmpty() ? null : legalBasis, statutory,
                promised, List.copyOf(materials), fee);
    }

    private static Integer days(String text, String label, List<String> reasons) {
        if (text.isEmpty()) {
            reasons.add(label + " is missing");
            return null;
        }
        Matcher m = DAYS.matcher(text);
        if (!m.matches()) {
            reasons.add(label + " '" + abbreviate(text) + "' is not a number of working days");
            return null;
        }
        int d = Integer.parseInt(m.group(1));
        if (d < 1 || d > 3650) {
            reasons.add(label + " must be between 1 and 3650 working days, is " + d);
            return null;
        }
        return d;
    }

    private static void materials(String text, boolean required, List<Material> out, Set<String> names,
            List<String> reasons) {
        if (text.isEmpty()) {
            return;
        }
        for (String part : text.split("[;；\\n\\r]+")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > 200) {
                reasons.add("material '" + abbreviate(name) + "' is longer than 200 characters");
                continue;
            }
            if (!names.add(name)) {
                reasons.add("material '" + name + "' is listed twice");
                continue;
            }
            out.add(new Material(name, required));
        }
    }

    static BigDecimal fee(String text, List<String> reasons) {
        if (text.isEmpty() || NO_FEE.contains(text)) {
            return BigDecimal.ZERO.setScale(2);
        }
        Matcher m = FEE.matcher(text.replace(",", ""));
        if (!m.matches()) {
            reasons.add("收费标准 (fee) '" + abbreviate(text)
                    + "' is not an amount in yuan with at most 2 decimals (or 不收费)");
            return null;
        }
        return new BigDecimal(m.group(1) + (m.group(2) == null ? "" : m.group(2))).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
