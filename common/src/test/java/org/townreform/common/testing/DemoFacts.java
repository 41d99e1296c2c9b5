package org.townreform.common.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts the services' demo data share, as {@code docs/demo-data.md} lists them (the towns and the people other
 * services refer to). Each service's demo test checks its own data against them, so the services agree without
 * reading each other's data.
 */
public final class DemoFacts {
    private DemoFacts() {
    }

    /** A person other services refer to by id, with the enforcement certificate they hold. */
    public record ReferencedPerson(long id, String name, String residentId, String townCode, String department,
            String certificateNumber, LocalDate validFrom, LocalDate validTo) {
    }

    /** Town code → name, from the towns table. */
    public static Map<String, String> towns() {
        Map<String, String> towns = new LinkedHashMap<>();
        for (List<String> row : table("| town | code |")) {
            towns.put(row.get(1), row.get(0));
        }
        return towns;
    }

    public static List<ReferencedPerson> referencedPeople() {
        List<ReferencedPerson> people = new ArrayList<>();
        for (List<String> row : table("| person id |")) {
            String[] valid = row.get(6).split("–");
            people.add(new ReferencedPerson(Long.parseLong(row.get(0)), row.get(1), row.get(2), row.get(3), row.get(4),
                    row.get(5), LocalDate.parse(valid[0].trim()), LocalDate.parse(valid[1].trim().substring(0, 10))));
        }
        return people;
    }

    /** The body rows of the markdown table whose header line starts with {@code headerStart}. */
    private static List<List<String>> table(String headerStart) {
        List<String> lines = lines();
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith(headerStart)) {
            i++;
        }
        if (i == lines.size()) {
            throw new IllegalStateException("docs/demo-data.md has no table starting " + headerStart);
        }
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = new ArrayList<>();
            for (String cell : lines.get(i).substring(1, lines.get(i).lastIndexOf('|')).split("\\|")) {
                cells.add(cell.trim());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> lines() {
        return RepositoryDocs.lines("docs/demo-data.md");
    }
}
