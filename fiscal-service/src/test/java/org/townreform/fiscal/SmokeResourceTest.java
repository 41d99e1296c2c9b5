package org.townreform.fiscal;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SmokeResourceTest {
    @Test
    void endToEnd() {
        String town = Fixtures.newTownCode();
        Fixtures.createPolicy(town, Fixtures.policy("2025-01-01", null, List.of(
                Fixtures.rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80")))));
        Fixtures.record(town, "2025-03", "TAX_NEW_ENTERPRISE", "1250000.00");
        Fixtures.finance().get("/api/v1/towns/" + town + "/returns?period=2025-03").then().log().body()
                .statusCode(200).body("lines[0].amount", equalTo("1000000.00"));
        Fixtures.finance().get("/api/v1/towns/" + town + "/returns?year=2025").then().statusCode(200);
        Fixtures.finance().get("/api/v1/towns/" + town + "/outstanding").then().log().body().statusCode(200);
        Fixtures.finance().get("/api/v1/towns/" + town + "/report?year=2025").then().log().body().statusCode(200);
        Fixtures.finance()
                .body(Map.of("query",
                        "{ fiscalYearViews(townCodes: [\"" + town
                                + "\"], year: 2025) { townCode revenue returns outstanding overdue } }"))
                .post("/graphql").then().log().body().statusCode(200);
    }
}
