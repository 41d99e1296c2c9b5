package org.townreform.fiscal.towns;

import static org.townreform.fiscal.Fixtures.entry;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.ref;
import static org.townreform.fiscal.Fixtures.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.townreform.common.testing.TableRows;

import io.restassured.response.Response;

/** Every kind of fiscal write that names a town, as the checks of the town registry send them, and what they store. */
final class TownWrites {
    /** The tables a write could touch. */
    static final List<String> TABLES = List.of("revenue_entry", "policy_version", "policy_rule", "policy_grant",
            "disbursement", "settlement", "return_statement", "audit_record", "idempotency_record");

    private TownWrites() {
    }

    /** Each kind of write for a town (REST and GraphQL), by name. */
    static Map<String, Function<String, Response>> all() {
        Map<String, Function<String, Response>> writes = new LinkedHashMap<>();
        writes.put("revenue entry", town -> finance().header("Idempotency-Key", ref())
                .body(entry(town, "2025-03", "TAX_NEW_ENTERPRISE", "1000.00")).post("/api/v1/revenue-entries"));
        writes.put("policy", town -> finance().body(policy("2025-01-01", null,
                List.of(rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80")))))
                .post("/api/v1/towns/" + town + "/policies"));
        writes.put("disbursement", town -> finance().body(Map.of("period", "2025-03", "voucherNo", "V-" + ref(),
                "date", "2025-04-15", "amount", "1.00")).post("/api/v1/towns/" + town + "/disbursements"));
        writes.put("settlement", town -> finance().body(Map.of("date", "2025-03-31"))
                .post("/api/v1/towns/" + town + "/settlements/2024"));
        writes.put("statement", town -> finance().body(Map.of("period", "2025-03", "date", "2025-04-02"))
                .post("/api/v1/towns/" + town + "/statements"));
        writes.put("GraphQL recordRevenueEntry", town -> graphql(
                "mutation($e: NewRevenueEntry!) { recordRevenueEntry(entry: $e) { id } }",
                Map.of("e", entry(town, "2025-03", "TAX_NEW_ENTERPRISE", "1000.00"))));
        writes.put("GraphQL createPolicy", town -> graphql(
                "mutation($t: String!, $p: NewPolicy!) { createPolicy(townCode: $t, policy: $p) { id } }",
                Map.of("t", town, "p", policy("2025-01-01", null,
                        List.of(rule("FULL_RETURN", List.of("ADMIN_FEES"), Map.of()))))));
        writes.put("GraphQL recordDisbursement", town -> graphql(
                "mutation($t: String!, $d: NewDisbursement!) { recordDisbursement(townCode: $t, disbursement: $d) "
                        + "{ id } }",
                Map.of("t", town, "d", Map.of("period", "2025-03", "voucherNo", "V-" + ref(), "date", "2025-04-15",
                        "amount", "1.00"))));
        writes.put("GraphQL settleYear", town -> graphql(
                "mutation($t: String!) { settleYear(townCode: $t, year: 2024, settlement: {date: \"2025-03-31\"}) "
                        + "{ status } }",
                Map.of("t", town)));
        writes.put("GraphQL issueStatement", town -> graphql(
                "mutation($t: String!) { issueStatement(townCode: $t, statement: {period: \"2025-03\", "
                        + "date: \"2025-04-02\"}) { id } }",
                Map.of("t", town)));
        return writes;
    }

    static boolean isGraphQL(String kind) {
        return kind.startsWith("GraphQL");
    }

    private static Response graphql(String query, Map<String, Object> variables) {
        return finance().body(Map.of("query", query, "variables", variables)).post("/graphql");
    }

    static Map<String, Long> rows() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, TableRows.count(table));
        }
        return counts;
    }
}
