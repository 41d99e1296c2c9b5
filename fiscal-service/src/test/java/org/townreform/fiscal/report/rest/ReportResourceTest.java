package org.townreform.fiscal.report.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.fiscal.Fixtures.as;
import static org.townreform.fiscal.Fixtures.asTown;
import static org.townreform.fiscal.Fixtures.createPolicy;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.record;
import static org.townreform.fiscal.Fixtures.rule;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReportResourceTest {

    /** 2024: 1,000,000.00 a quarter-month of fees; 2025: 30% more → growth 0.3000 ≥ target 0.25. */
    static String growingTown(String growthOf100) {
        String town = newTownCode();
        Map<String, Object> p = policy("2024-01-01", null, List.of(
                rule("FULL_RETURN", List.of("ADMIN_FEES"), Map.of()),
                rule("PER_UNIT", List.of("FARMLAND_RECLAIMED_MU"), Map.of("unitAmount", "5000.00"))));
        p.put("grants", List.of(Map.of("year", 2025, "amount", "3000000.00", "purpose", "试点镇发展启动资金")));
        createPolicy(town, p);
        record(town, "2024-01", "ADMIN_FEES", "100.00");
        record(town, "2024-02", "TAX_EXISTING", "900.00");
        record(town, "2025-01", "ADMIN_FEES", growthOf100);
        record(town, "2025-02", "TAX_EXISTING", "900.00");
        record(town, "2025-02", "FARMLAND_RECLAIMED_MU", "2.00");
        return town;
    }

    @Test
    void theYearReportShowsRevenueGrowthReturnsAndWhatIsOwed() {
        String town = growingTown("400.00"); // 1,300.00 against 1,000.00: +30%
        finance().get("/api/v1/towns/" + town + "/report?year=2025&asOf=2026-01-15").then().statusCode(200)
                .body("throughMonth", equalTo(12))
                .body("months", hasSize(12))
                .body("revenue.find { it.category == 'ADMIN_FEES' }.months[0]", equalTo("400.00"))
                .body("revenue.find { it.category == 'FARMLAND_RECLAIMED_MU' }.unit", equalTo("MU"))
                .body("revenue.find { it.category == 'FARMLAND_RECLAIMED_MU' }.total", equalTo("2.00"))
                .body("revenueTotal", equalTo("1300.00"))
                .body("growth.previousYearRevenue", equalTo("1000.00"))
                .body("growth.rate", equalTo("0.3000"))
                .body("growth.target", equalTo("0.25"))
                .body("growth.meetsTarget", equalTo(true))
                .body("returns", hasSize(2))
                .body("returns[1].months[1]", equalTo("10000.00"))
                .body("returnsPayable", equalTo("10400.00"))
                .body("summary.outstanding", equalTo("10400.00"))
                .body("grants[0].amount", equalTo("3000000.00"))
                .body("yearStatus", equalTo("OPEN"));
        finance().get("/api/v1/towns/" + town + "/report?year=2025&asOf=2026-01-15").then()
                .body("summary.overdue", equalTo("10400.00"));
    }

    @Test
    void slowGrowthMissesTheTarget() {
        String town = growingTown("200.00"); // 1,100.00 against 1,000.00: +10%
        finance().get("/api/v1/towns/" + town + "/report?year=2025").then().statusCode(200)
                .body("growth.rate", equalTo("0.1000")).body("growth.meetsTarget", equalTo(false));
    }

    @Test
    void theReportExportsAsCsv() {
        String town = growingTown("400.00");
        var response = finance().accept("text/csv").get("/api/v1/towns/" + town + "/report?year=2025");
        response.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv"));
        String csv = response.asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFsection,item,unit,2025-01,2025-02");
        assertThat(lines).contains("revenue,ADMIN_FEES,YUAN,400.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,"
                + "0.00,0.00,400.00");
        assertThat(lines).anyMatch(l -> l.startsWith("growth,rate,RATIO,") && l.endsWith(",0.3000"));
        assertThat(lines).anyMatch(l -> l.startsWith("summary,outstanding,YUAN,") && l.endsWith(",10400.00"));
    }

    @Test
    void theBatchReadAnswersEveryTownAskedInOrderAndNothingOutOfScope() {
        String a = growingTown("400.00");
        String b = growingTown("200.00");
        String empty = newTownCode();
        as("supervisor").get("/api/v1/fiscal-year-views?year=2025&asOf=2026-01-15&towns=" + b + "," + empty + "," + a)
                .then().statusCode(200)
                .body("", hasSize(3))
                .body("[0].townCode", equalTo(b))
                .body("[0].growth", equalTo("0.1000"))
                .body("[1].townCode", equalTo(empty))
                .body("[1].revenue", equalTo("0.00"))
                .body("[1].growth", nullValue())
                .body("[2].townCode", equalTo(a))
                .body("[2].revenue", equalTo("1300.00"))
                .body("[2].returns", equalTo("10400.00"))
                .body("[2].overdue", equalTo("10400.00"));
        asTown("town-leader", a).get("/api/v1/fiscal-year-views?year=2025&towns=" + b + "," + a).then()
                .statusCode(200).body("[0]", nullValue()).body("[1].townCode", equalTo(a));
        as("supervisor").get("/api/v1/fiscal-year-views?year=2025&towns=" + a + ",123").then().statusCode(400);
        as("supervisor").get("/api/v1/fiscal-year-views?year=2025").then().statusCode(400);
        as("county-org").get("/api/v1/fiscal-year-views?year=2025&towns=" + a).then().statusCode(403);
    }

    @Test
    void reportsAreScopedAndChecked() {
        String town = newTownCode();
        asTown("town-clerk", town).get("/api/v1/towns/" + town + "/report?year=2025").then().statusCode(200);
        asTown("town-clerk", town).get("/api/v1/towns/" + newTownCode() + "/report?year=2025").then()
                .statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        finance().get("/api/v1/towns/" + town + "/report").then().statusCode(400);
        finance().get("/api/v1/towns/" + town + "/report?year=2025&asOf=yesterday").then().statusCode(400);
        finance().get("/api/v1/towns/" + town + "/report?year=2025&asOf=2024-06-01").then().statusCode(422)
                .body("code", equalTo("PERIOD_IN_FUTURE"));
    }
}
