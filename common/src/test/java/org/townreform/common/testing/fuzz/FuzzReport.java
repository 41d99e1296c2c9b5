package org.townreform.common.testing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzzer run found: how many requests, the answers by status, the baselines' statuses (how deep the run reached),
 * and every breach, grouped by cause (kind of breach, mutation, status, exception), most frequent first.
 */
public final class FuzzReport {
    /** One answer that breaks a rule. */
    public record Finding(String breach, FuzzRequest request, int status, String contentType, String body,
            String exception, List<String> changedTables) {
        /**
         * The cause a developer fixes once: a server error by its exception (whatever mutation provoked it), an accepted
         * input by its mutation, a refusal that wrote by its mutation and the tables it wrote.
         */
        String group() {
            String answer = status < 0 ? "no answer" : String.valueOf(status);
            return switch (breach) {
                case "server error", "no answer" -> breach + " | " + answer + " | "
                        + (exception == null ? "nothing logged" : FuzzRequest.excerpt(normalised(exception), 400));
                case "accepted although invalid" -> breach + " | " + request.cause() + " | 2xx";
                case "refusal changed tables" -> breach + " | " + request.cause() + " | "
                        + String.join(", ", changedTables.stream().map(t -> t.replaceAll(" \\(.*", "")).toList());
                default -> breach + " | " + answer + " | " + request.cause();
            };
        }

        private static String normalised(String exception) {
            return exception.replaceAll(" \\(through reference chain: .*", "").replaceAll("'[^']*'", "'…'")
                    .replaceAll("`[^`]*`", "`…`").replaceAll("\\d{3,}", "N");
        }
    }

    private final String service;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, List<Integer>> baselineStatuses = new LinkedHashMap<>();
    private final Map<String, String> baselineAnswers = new LinkedHashMap<>();
    private final List<String> tables = new ArrayList<>();
    private int requests;
    private long millis;
    private long snapshotMillis;

    FuzzReport(String service) {
        this.service = service;
    }

    void answered(FuzzRequest r, int status, String body) {
        requests++;
        byStatus.merge(status, 1, Integer::sum);
        if (r.cause().equals("baseline")) {
            baselineStatuses.computeIfAbsent(r.operation(), k -> new ArrayList<>()).add(status);
            if (status >= 300) {
                baselineAnswers.putIfAbsent(r.operation(), FuzzRequest.excerpt(body.replaceAll(".*\"detail\":", ""), 300));
            }
        }
    }

    void add(Finding f) {
        findings.add(f);
    }

    void finished(long millis, long snapshotMillis, List<String> comparedTables) {
        this.millis = millis;
        this.snapshotMillis = snapshotMillis;
        this.tables.addAll(comparedTables);
    }

    public int requests() {
        return requests;
    }

    public Map<Integer, Integer> byStatus() {
        return byStatus;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Requests, answers by status, time, tables compared and baselines that were refused. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("OpenAPI robustness of ").append(service).append(": ").append(requests).append(" requests in ")
                .append(millis / 1000.0).append(" s (").append(snapshotMillis / 1000.0)
                .append(" s of it reading the tables); answers by status: ");
        byStatus.forEach((s, n) -> sb.append(s < 0 ? "none" : s).append('×').append(n).append(' '));
        sb.append("\n  tables compared around refused writes: ").append(String.join(", ", tables));
        List<String> refused = new ArrayList<>();
        baselineStatuses.forEach((op, statuses) -> {
            if (statuses.stream().noneMatch(s -> s >= 200 && s < 300)) {
                refused.add(op + " " + statuses + " " + baselineAnswers.getOrDefault(op, ""));
            }
        });
        sb.append("\n  operations ").append(baselineStatuses.size())
                .append(", whose baselines were all refused (their mutations reach less deep): ")
                .append(refused.size());
        refused.forEach(r -> sb.append("\n    ").append(r));
        sb.append("\n  breaches: ").append(findings.size()).append(" in ").append(groups().size()).append(" causes");
        return sb.toString();
    }

    Map<String, List<Finding>> groups() {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(f.group(), k -> new ArrayList<>()).add(f);
        }
        List<Map.Entry<String, List<Finding>>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<String, List<Finding>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        sorted.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Every breach, grouped by cause, most frequent cause first; at most {@code perGroup} requests shown per cause. */
    public String breaches(int perGroup) {
        StringBuilder sb = new StringBuilder();
        groups().forEach((group, list) -> {
            sb.append("\n[").append(list.size()).append("] ").append(group).append('\n');
            sb.append("    mutations: ").append(counted(list.stream().map(f -> f.request().cause()).toList()))
                    .append('\n');
            sb.append("    operations: ").append(counted(list.stream().map(f -> f.request().operation()).toList()))
                    .append('\n');
            list.stream().limit(perGroup).forEach(f -> {
                sb.append("    ").append(f.request().describe()).append('\n');
                sb.append("      ").append(f.request().detail()).append(" -> ")
                        .append(f.status() < 0 ? "no answer" : f.status() + " " + f.contentType()).append(' ')
                        .append(FuzzRequest.excerpt(f.body(), 300)).append('\n');
                if (f.exception() != null) {
                    sb.append("      exception: ").append(FuzzRequest.excerpt(f.exception(), 400)).append('\n');
                }
                if (!f.changedTables().isEmpty()) {
                    sb.append("      tables changed: ").append(String.join(", ", f.changedTables())).append('\n');
                }
            });
            if (list.size() > perGroup) {
                sb.append("    … and ").append(list.size() - perGroup).append(" more of this cause\n");
            }
        });
        return sb.toString();
    }

    private static String counted(List<String> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()));
        StringBuilder sb = new StringBuilder();
        sorted.forEach(e -> sb.append(sb.isEmpty() ? "" : "; ").append(e.getKey())
                .append(e.getValue() > 1 ? " ×" + e.getValue() : ""));
        return sb.toString();
    }

    /** Writes the summary and every breach to {@code file}; answers the path written. */
    public Path write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, summary() + "\n" + breaches(Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
        return file;
    }

    /**
     * Prints the summary and every breach, writes them to {@code target/openapi-robustness-<service>.txt}, then fails
     * unless the run sent at least {@code minRequests} requests and found nothing.
     */
    public void assertClean(int minRequests) {
        Path file = write(Path.of("target", "openapi-robustness-" + service + ".txt"));
        System.out.println(summary());
        System.out.println(breaches(Integer.MAX_VALUE));
        assertThat(requests).as("requests generated from the OpenAPI document of " + service)
                .isGreaterThanOrEqualTo(minRequests);
        if (!findings.isEmpty()) {
            fail(summary() + "\n(every request: " + file.toAbsolutePath() + ")\n" + breaches(3));
        }
    }
}
