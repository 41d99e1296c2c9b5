package org.townreform.fiscal.settlement.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.fiscal.Fixtures.asTown;
import static org.townreform.fiscal.Fixtures.createPolicy;
import static org.townreform.fiscal.Fixtures.entry;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.record;
import static org.townreform.fiscal.Fixtures.rule;
import static org.townreform.fiscal.Fixtures.supervisor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SettlementResourceTest {

    static String settlement(String town, int year) {
        return "/api/v1/towns/" + town + "/settlements/" + year;
    }

    /** 80% of new-enterprise tax; March 1,000,000.00 reversed in December, December 250,000.00. */
    static String townWithADecemberReversal() {
        String town = newTownCode();
        createPolicy(town, policy("2024-01-01", null, List.of(
                rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80")))));
        long march = record(town, "2024-03", "TAX_NEW_ENTERPRISE", "1000000.00");
        record(town, "2024-12", "TAX_NEW_ENTERPRISE", "250000.00");
        finance().body(Map.of("reason", "退库", "period", "2024-12", "date", "2024-12-20"))
                .post("/api/v1/revenue-entries/" + march + "/reverse").then().statusCode(201);
        finance().body(Map.of("period", "2024-03", "voucherNo", "V-" + town, "date", "2024-04-15", "amount",
                "800000.00")).post("/api/v1/towns/" + town + "/disbursements").then().statusCode(201);
        return town;
    }

    @Test
    void settlingComparesTheAnnualReturnWithTheMonthlyLinesAndRecordsTheAdjustment() {
        String town = townWithADecemberReversal();
        finance().body(Map.of("date", "2025-03-31", "note", "2024年度决算")).post(settlement(town, 2024)).then()
                .statusCode(200)
                .body("status", equalTo("SETTLED"))
                .body("current.annualReturn", equalTo("200000.00"))
                .body("current.monthlyPayable", equalTo("800000.00"))
                .body("current.adjustment", equalTo("-600000.00"))
                .body("current.adjustmentKind", equalTo("REFUND"))
                .body("current.lines[0].formula", containsString("annual: 0.80 × 250,000.00 = 200,000.00"))
                .body("current.settledOn", equalTo("2025-03-31"));
        // the refund sits on December: the town has been paid 600,000.00 more than the year's return
        finance().get("/api/v1/towns/" + town + "/outstanding?year=2024&asOf=2025-04-01").then()
                .body("items[1].period", equalTo("2024-12"))
                .body("items[1].adjustment", equalTo("-600000.00"))
                .body("items[1].status", equalTo("OVERPAID"))
                .body("summary.overpaid", equalTo("600000.00"));
        finance().get("/api/v1/towns/" + town + "/returns?year=2024").then().body("yearStatus", equalTo("SETTLED"));
        supervisor().get("/api/v1/audit?town=" + town + "&entityType=Settlement").then()
                .body("items[0].action", equalTo("YEAR_SETTLED"));
    }

    @Test
    void aSettledYearTakesNoEntriesUntilReopenedWithAReason() {
        String town = townWithADecemberReversal();
        long june = record(town, "2024-06", "TAX_NEW_ENTERPRISE", "10.00");
        finance().body(Map.of("date", "2025-02-01")).post(settlement(town, 2024)).then().statusCode(200);

        finance().body(entry(town, "2024-11", "TAX_NEW_ENTERPRISE", "5.00")).post("/api/v1/revenue-entries").then()
                .statusCode(409).body("code", equalTo("PERIOD_CLOSED"));
        finance().body(Map.of("reason", "x", "period", "2024-12", "date", "2025-02-02"))
                .post("/api/v1/revenue-entries/" + june + "/reverse").then().statusCode(409)
                .body("code", equalTo("PERIOD_CLOSED"));
        // a correction of a settled year's entry is booked in an open period instead
        finance().body(Map.of("reason", "x", "period", "2025-02", "date", "2025-02-02"))
                .post("/api/v1/revenue-entries/" + june + "/reverse").then().statusCode(201);
        finance().body(Map.of("date", "2025-02-03")).post(settlement(town, 2024)).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));

        finance().body(Map.of()).post(settlement(town, 2024) + "/reopen").then().statusCode(400);
        asTown("town-leader", town).body(Map.of("reason", "x")).post(settlement(town, 2024) + "/reopen").then()
                .statusCode(403);
        finance().body(Map.of("reason", "审计发现漏记收入", "date", "2025-05-06")).post(settlement(town, 2024) + "/reopen")
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("current", nullValue())
                .body("history", hasSize(1))
                .body("history[0].status", equalTo("REOPENED"))
                .body("history[0].reopenReason", equalTo("审计发现漏记收入"));
        supervisor().get("/api/v1/audit?town=" + town + "&entityType=Settlement").then()
                .body("items[0].action", equalTo("YEAR_REOPENED"))
                .body("items[0].after", containsString("审计发现漏记收入"));
        record(town, "2024-11", "TAX_NEW_ENTERPRISE", "5.00");
        finance().body(Map.of("date", "2025-05-07")).post(settlement(town, 2024)).then().statusCode(200)
                .body("status", equalTo("SETTLED")).body("history", hasSize(1));
        finance().body(Map.of("reason", "x", "date", "2025-05-08")).post(settlement(town, 2025) + "/reopen").then()
                .statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void aYearIsSettledOnlyOnceItHasEnded() {
        String town = newTownCode();
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        finance().post(settlement(town, thisYear)).then().statusCode(409).body("code", equalTo("YEAR_NOT_ENDED"));
        finance().body(Map.of("date", "2024-12-31")).post(settlement(town, 2024)).then().statusCode(409)
                .body("code", equalTo("YEAR_NOT_ENDED"));
        finance().get(settlement(town, 2024)).then().statusCode(200).body("status", equalTo("OPEN"));
        finance().get(settlement(town, 20245)).then().statusCode(400);
        asTown("town-clerk", newTownCode()).get(settlement(town, 2024)).then().statusCode(403);
    }

    @Test
    void aSettledYearKeepsItsPolicy() {
        String town = newTownCode();
        long id = createPolicy(town, policy("2023-01-01", null, List.of(
                rule("FULL_RETURN", List.of("ADMIN_FEES"), Map.of()))));
        finance().body(Map.of("date", "2025-01-10")).post(settlement(town, 2024)).then().statusCode(200)
                .body("current.adjustment", equalTo("0.00"));
        finance().header("If-Match", "\"0\"").body(Map.of("validTo", "2023-12-31", "reason", "x"))
                .post("/api/v1/towns/" + town + "/policies/" + id + "/end").then().statusCode(409)
                .body("code", equalTo("PERIOD_CLOSED"));
    }
}
