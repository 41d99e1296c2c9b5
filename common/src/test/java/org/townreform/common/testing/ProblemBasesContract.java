package org.townreform.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.townreform.common.error.RuleBasis;

/**
 * Holds a service to the table of its codes in {@code docs/problems.md}: every row names the clause its rule enforces,
 * and that clause is the one the running service answers with ({@link RuleBasis}); only the codes the service lists as
 * technical (validation, authentication, outages, rate limits) may have none, written {@code —}. Call it from a
 * {@code @QuarkusTest}, where the service's registrations have run.
 */
public final class ProblemBasesContract {
    /** What a row without a basis says in its basis column. */
    public static final String NONE = "—";

    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    private ProblemBasesContract() {
    }

    /**
     * @param service the heading of the service's section ({@code personnel-service})
     * @param technical the codes of that section that enforce no business rule
     */
    public static void check(String service, Set<String> technical) {
        Map<String, String> documented = bases(service);
        assertThat(documented).as("codes documented for " + service).isNotEmpty();
        List<String> wrong = new ArrayList<>();
        documented.forEach((code, basis) -> {
            if (basis.equals(NONE)) {
                if (!technical.contains(code)) {
                    wrong.add(code + ": no basis in docs/problems.md, and it is not a technical code");
                }
            } else if (!basis.equals(RuleBasis.of(code))) {
                wrong.add(code + ": docs/problems.md says '" + basis + "', the service answers '" + RuleBasis.of(code)
                        + "'");
            }
        });
        for (String code : technical) {
            if (!documented.containsKey(code)) {
                wrong.add(code + ": listed as technical but not in the " + service + " table");
            } else if (!documented.get(code).equals(NONE)) {
                wrong.add(code + ": listed as technical but docs/problems.md gives it a basis");
            }
        }
        assertThat(wrong).as("bases of " + service + "'s codes").isEmpty();
    }

    /** The codes of one service's table in {@code docs/problems.md}, each with its basis column. */
    static Map<String, String> bases(String service) {
        List<String> lines = RepositoryDocs.lines("docs/problems.md");
        Map<String, String> bases = new LinkedHashMap<>();
        int basisColumn = -1;
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.substring(3).trim().equals(service);
                basisColumn = -1;
                continue;
            }
            if (!inSection || !line.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(line);
            if (basisColumn < 0) {
                basisColumn = cells.indexOf("basis");
                assertThat(basisColumn).as("the " + service + " table of docs/problems.md has a 'basis' column")
                        .isPositive();
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            String basis = cells.size() > basisColumn ? cells.get(basisColumn) : "";
            assertThat(basis).as("basis column of row " + line).isNotBlank();
            Matcher codes = CODE.matcher(cells.get(0));
            while (codes.find()) {
                bases.put(codes.group(1), basis);
            }
        }
        return bases;
    }

    private static List<String> cells(String row) {
        String inner = row.trim();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }
}
