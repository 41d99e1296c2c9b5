package org.townreform.license.catalogue;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;

/** What kind of power an item is: 行政许可, 其他审批, 项目预审, 行政执法, 备案. */
@Description("事项类型: the kind of power a catalogue item is")
public enum ItemKind {
    @Description("行政许可: an administrative licence under the Administrative Licensing Law")
    LICENSE("行政许可"), @Description("其他审批: an approval that is not an administrative licence (e.g. 非行政许可审批)")
    APPROVAL(
            "其他审批"), @Description("项目预审: a pre-review; the town's approval is forwarded to the department (见文行文), which answers it")
    PRE_REVIEW(
            "项目预审"), @Description("行政执法: an enforcement power; a decision needs a reviewer holding the department's enforcement certificate that day")
    ENFORCEMENT(
            "行政执法"), @Description("备案: a matter the applicant files (registers) with the administration, e.g. 劳动用工备案; not the filing of a decision")
    FILING("备案");

    private final String chinese;

    ItemKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The kind named by its code ({@code LICENSE}) or its Chinese name (行政许可, also 许可, 审批, 预审, 执法). */
    public static Optional<ItemKind> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.trim();
        for (ItemKind k : values()) {
            if (k.name().equalsIgnoreCase(s.replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT))
                    || k.chinese.equals(s)) {
                return Optional.of(k);
            }
        }
        return switch (s) {
            case "许可" -> Optional.of(LICENSE);
            case "审批", "非行政许可审批" -> Optional.of(APPROVAL);
            case "预审" -> Optional.of(PRE_REVIEW);
            case "执法", "行政处罚", "行政强制" -> Optional.of(ENFORCEMENT);
            default -> Optional.empty();
        };
    }
}
