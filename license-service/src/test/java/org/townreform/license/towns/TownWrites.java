package org.townreform.license.towns;

import static org.townreform.license.Fixtures.DEPT;
import static org.townreform.license.Fixtures.NAME;
import static org.townreform.license.Fixtures.PHONE;
import static org.townreform.license.Fixtures.RESIDENT_ID;
import static org.townreform.license.Fixtures.as;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.dept;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.townreform.common.testing.TableRows;
import org.townreform.license.Fixtures;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every kind of license write that names a town, as the checks of the town registry send them, and what they store. A
 * public complaint names the town next to the application it is about, so it needs an application of a recorded town.
 */
final class TownWrites {
    static final List<String> TABLES = List.of("delegation_agreement", "agreement_item", "agreement_status_change",
            "application", "application_transition", "complaint", "audit_record", "idempotency_record");

    private TownWrites() {
    }

    /** Each kind of write for a town (REST and GraphQL); {@code item} a catalogue item of {@link Fixtures#DEPT}. */
    static Map<String, Function<String, Response>> all(String item, Fixtures.Submitted publicCase) {
        Map<String, Function<String, Response>> writes = new LinkedHashMap<>();
        writes.put("agreement", town -> dept(DEPT).body(agreement(town, item)).post("/api/v1/agreements"));
        writes.put("application", town -> clerk(town).body(application(town, item)).post("/api/v1/applications"));
        writes.put("complaint by a clerk", town -> clerk(town).body(complaint(town)).post("/api/v1/complaints"));
        writes.put("complaint by a supervisor", town -> as("supervisor").body(complaint(town)).post("/api/v1/complaints"));
        writes.put("public complaint", town -> io.restassured.RestAssured.given().contentType("application/json")
                .body(complaint(town)).post("/api/v1/public/applications/" + publicCase.number() + "/complaints?code="
                        + publicCase.code()));
        writes.put("GraphQL createAgreement", town -> graphql(dept(DEPT),
                "mutation($a: NewAgreement!) { createAgreement(agreement: $a) { id } }",
                Map.of("a", agreement(town, item))));
        writes.put("GraphQL submitApplication", town -> graphql(clerk(town),
                "mutation($a: NewApplication!) { submitApplication(application: $a) { id } }",
                Map.of("a", application(town, item))));
        writes.put("GraphQL recordComplaint", town -> graphql(clerk(town),
                "mutation($c: NewComplaint!) { recordComplaint(complaint: $c) { id } }", Map.of("c", complaint(town))));
        return writes;
    }

    static boolean isGraphQL(String kind) {
        return kind.startsWith("GraphQL");
    }

    static Map<String, Object> agreement(String town, String item) {
        return new HashMap<>(Map.of("reference", "东执委〔2026〕" + System.nanoTime() + "号", "department", DEPT,
                "townCode", town, "townName", "测试镇人民政府", "mode", "ENTRUSTED", "validFrom", "2025-01-01", "validTo",
                "2027-12-31", "sealName", "测试镇城市管理行政执法专用章", "itemCodes", List.of(item)));
    }

    static Map<String, Object> application(String town, String item) {
        return new HashMap<>(Map.of("townCode", town, "itemCode", item, "applicant",
                Map.of("kind", "PERSON", "name", NAME, "residentId", RESIDENT_ID, "phone", PHONE), "channel", "COUNTER",
                "materials", List.of("申请书", "营业执照复印件"), "date", "2026-03-02"));
    }

    static Map<String, Object> complaint(String town) {
        return new HashMap<>(Map.of("townCode", town, "subject", "窗口办事慢", "content", "等候两小时无人受理",
                "date", "2026-03-02"));
    }

    private static Response graphql(RequestSpecification who, String query, Map<String, Object> variables) {
        return who.body(Map.of("query", query, "variables", variables)).post("/graphql");
    }

    static Map<String, Long> rows() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, TableRows.count(table));
        }
        return counts;
    }
}
