package org.townreform.fiscal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;

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
}
