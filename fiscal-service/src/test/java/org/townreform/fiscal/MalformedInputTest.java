package org.townreform.fiscal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.common.testing.MalformedAnswers.checkProblem;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every write and read of the service, fed garbage: always a problem+json 4xx, never a 500, nothing recorded. */
@QuarkusTest
class MalformedInputTest {

    @Test
    void garbageBodiesAreClearProblems() {
        String town = newTownCode();
        String base = "/api/v1/towns/" + town;
        List<String> writes = List.of("/api/v1/revenue-entries", "/api/v1/revenue-entries/1/reverse",
                base + "/policies", base + "/policies/1/end", base + "/disbursements", base + "/settlements/2024",
                base + "/settlements/2024/reopen");
        List<String> bodies = List.of("{", "[]", "\"text\"", "42", "{\"amount\": {\"x\": 1}}", "{\"date\": \"2025-02-30\"}",
                "{\"period\": 202501}", "{\"validFrom\": \"yesterday\"}", "{\"year\": \"MMXXV\"}", "null");
        for (String path : writes) {
            for (String body : bodies) {
                if (path.endsWith("/settlements/2024") && (body.startsWith("{\"") || body.equals("null"))) {
                    continue; // the settlement body is optional and unknown properties are ignored: it would settle
                }
                Response r = finance().body(body).post(path);
                assertThat(r.statusCode()).as(path + " " + body).isBetween(400, 499);
                assertThat(r.contentType()).as(path + " " + body).startsWith("application/problem+json");
            }
        }
        finance().get(base + "/revenue").then().body("items.size()", equalTo(0));
        finance().get(base + "/policies").then().body("items.size()", equalTo(0));
        finance().get(base + "/disbursements").then().body("items.size()", equalTo(0));
        finance().get(base + "/settlements/2024").then().body("status", equalTo("OPEN"));
    }

    @Test
    void garbageParametersAreClearProblems() {
        String town = newTownCode();
        List<String> reads = List.of("/api/v1/towns/" + town + "/returns?period=2025-1",
                "/api/v1/towns/" + town + "/returns?year=-1", "/api/v1/towns/" + town + "/outstanding?asOf=2025",
                "/api/v1/towns/" + town + "/outstanding?year=abcd", "/api/v1/towns/" + town + "/report?year=1e3",
                "/api/v1/towns/" + town + "/disbursements?limit=0", "/api/v1/towns/" + town + "/disbursements?limit=x",
                "/api/v1/towns/" + town + "/settlements/abc", "/api/v1/towns/%20/returns?year=2025",
                "/api/v1/fiscal-year-views?year=2025&towns=,,", "/api/v1/revenue-entries/-1",
                "/api/v1/towns/" + town + "/policies?cursor=@@");
        for (String path : reads) {
            Response r = finance().get(path);
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
        }
        given().header("Authorization", "Bearer x").get("/api/v1/towns/" + town + "/report?year=2025").then()
                .statusCode(401);
    }

    @Test
    void garbageGraphQLIsAnErrorNeverASystemError() {
        List<Map<String, Object>> queries = List.of(
                Map.of("query", "mutation { recordRevenueEntry(entry: {townCode: \"1\", period: \"x\", category: "
                        + "TAX_EXISTING, amount: \"abc\", sourceSystem: \"s\", externalRef: \"r\"}) { id } }"),
                Map.of("query", "query { periodReturns(townCode: \"" + town() + "\", period: \"2025-13\") { period } }"),
                Map.of("query", "query { fiscalYearViews(townCodes: [\"x\"], year: 2025) { townCode } }"),
                Map.of("query", "query { outstanding(townCode: \"" + town() + "\", asOf: \"2025-02-30\") { asOf } }"),
                Map.of("query", "{ nope }"));
        for (Map<String, Object> q : queries) {
            Response r = finance().body(q).post("/graphql");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.asString()).as(q.toString()).contains("errors").doesNotContain("System error")
                    .doesNotContain("INTERNAL_ERROR");
        }
    }

    private static String town() {
        return newTownCode();
    }

    /**
     * Values at and past the edges (negative and huge amounts, far-future and far-past dates and periods, years outside
     * any calendar, empty bodies, wrong content types, overflowing page sizes): never a 500, every refusal a problem.
     */
    @Test
    void edgeValuesAreNeverA500() {
        String town = newTownCode();
        String base = "/api/v1/towns/" + town;
        long entry = org.townreform.fiscal.Fixtures.record(town, "2025-01", "ADMIN_FEES", "100.00");
        List<String> failures = new ArrayList<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (String[] change : new String[][]{{"amount", "-100.00"}, {"amount", "1e400"}, {"amount", "0.001"},
                {"amount", "99999999999999999999999.99"}, {"period", "9999-12"}, {"period", "0001-01"},
                {"period", "2025-00"}, {"date", "9999-12-31"}, {"date", "0001-01-01"}, {"date", "+99999-01-01"},
                {"townCode", "000000000"}}) {
            Map<String, Object> e = new HashMap<>(org.townreform.fiscal.Fixtures.entry(town, "2025-01", "ADMIN_FEES",
                    "1.00"));
            e.put(change[0], change[1]);
            entries.add(e);
        }
        for (Map<String, Object> e : entries) {
            checkProblem(failures, "entry " + e, finance().body(e).post("/api/v1/revenue-entries"));
        }
        List<Map<String, String>> others = List.of(Map.of("reason", "x", "period", "9999-12"),
                Map.of("reason", "x", "period", "0001-01", "date", "0001-01-01"),
                Map.of("reason", "x", "date", "9999-12-31"));
        for (Map<String, String> b : others) {
            checkProblem(failures, "reverse " + b, finance().body(b).post("/api/v1/revenue-entries/" + entry + "/reverse"));
        }
        for (String[] dates : new String[][]{{"0001-01-01", "0001-12-31"}, {"9999-01-01", "9999-12-31"},
                {"2025-01-01", "+99999-12-31"}}) {
            Map<String, Object> policy = org.townreform.fiscal.Fixtures.policy(dates[0], dates[1],
                    List.of(org.townreform.fiscal.Fixtures.rule("PROPORTIONAL", List.of("ADMIN_FEES"),
                            Map.of("rate", "-0.5"))));
            checkProblem(failures, "policy " + policy, finance().body(policy).post(base + "/policies"));
            policy.put("rules", List.of(org.townreform.fiscal.Fixtures.rule("PROPORTIONAL", List.of("ADMIN_FEES"),
                    Map.of("rate", "1e400"))));
            checkProblem(failures, "policy " + policy, finance().body(policy).post(base + "/policies"));
        }
        for (Map<String, String> d : List.of(Map.of("period", "2025-01", "voucherNo", "v1", "amount", "-5"),
                Map.of("period", "9999-12", "voucherNo", "v2", "amount", "5", "date", "9999-12-31"),
                Map.of("period", "0001-01", "voucherNo", "v3", "amount", "1e400", "date", "0001-01-01"))) {
            checkProblem(failures, "disbursement " + d, finance().body(d).post(base + "/disbursements"));
        }
        for (String year : List.of("0", "-1", "99999", "1900", "9999", "2147483648")) {
            checkProblem(failures, "settle " + year, finance().body("{}").post(base + "/settlements/" + year));
            checkProblem(failures, "reopen " + year, finance().body(Map.of("reason", "x", "date", "0001-01-01"))
                    .post(base + "/settlements/" + year + "/reopen"));
            checkProblem(failures, "report " + year, finance().get(base + "/report?year=" + year));
            checkProblem(failures, "returns " + year, finance().get(base + "/returns?year=" + year));
            checkProblem(failures, "calendar " + year, finance().get("/api/v1/calendar/" + year));
        }
        for (String path : List.of("/api/v1/revenue-entries", base + "/policies", base + "/disbursements",
                base + "/settlements/2024/reopen", "/api/v1/revenue-entries/" + entry + "/reverse")) {
            checkProblem(failures, "empty " + path, finance().body("").post(path));
            checkProblem(failures, "text as finance " + path, finance().contentType("text/plain").body("x").post(path));
        }
        for (String path : List.of(base + "/disbursements?limit=99999999999", base + "/policies?limit=-1",
                base + "/revenue?limit=2147483648", base + "/outstanding?asOf=0001-01-01",
                base + "/outstanding?asOf=9999-12-31", base + "/returns?period=9999-12", base + "/returns?period=0001-01",
                "/api/v1/fiscal-year-views?year=99999&towns=" + town, "/api/v1/audit?limit=99999999999")) {
            checkProblem(failures, "GET " + path, finance().get(path));
        }
        for (String q : List.of("{ fiscalYearViews(townCodes: [\"" + town + "\"], year: 99999) { townCode } }",
                "{ outstanding(townCode: \"" + town + "\", asOf: \"0001-01-01\") { asOf } }",
                "{ periodReturns(townCode: \"" + town + "\", period: \"9999-12\") { period } }")) {
            Response r = finance().body(Map.of("query", q)).post("/graphql");
            if (r.statusCode() >= 500 || r.asString().contains("System error")
                    || r.asString().contains("INTERNAL_ERROR")) {
                failures.add(q + " -> " + r.statusCode() + " " + r.asString());
            }
        }
        assertThat(failures).isEmpty();
    }
}
