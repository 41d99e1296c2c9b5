package org.townreform.fiscal.statement.rest;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.fiscal.Fixtures.asTown;
import static org.townreform.fiscal.Fixtures.createPolicy;
import static org.townreform.fiscal.Fixtures.entry;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.record;
import static org.townreform.fiscal.Fixtures.ref;
import static org.townreform.fiscal.Fixtures.rule;
import static org.townreform.fiscal.Fixtures.supervisor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** An issued statement is a document: late entries for its month go into the next statement or the settlement. */
@QuarkusTest
class StatementResourceTest {

    static String statements(String town) {
        return "/api/v1/towns/" + town + "/statements";
    }

    static void issue(String town, String period, String date) {
        finance().body(Map.of("period", period, "date", date)).post(statements(town)).then().statusCode(201)
                .body("issued", equalTo(true)).body("period", equalTo(period));
    }

    /** 80% of new-enterprise tax from 2024; 1,000.00 of it booked in each month January to July. */
    static String town() {
        String town = newTownCode();
        createPolicy(town, policy("2024-01-01", null, List.of(
                rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80")))));
        for (int m = 1; m <= 7; m++) {
            record(town, "2024-0" + m, "TAX_NEW_ENTERPRISE", "1000.00");
        }
        return town;
    }

    static Map<String, Object> lateEntry(String town, String period, String amount, String date) {
        Map<String, Object> e = entry(town, period, "TAX_NEW_ENTERPRISE", amount);
        e.put("date", date);
        return e;
    }

    @Test
    void aLateEntryForAnIssuedMonthLeavesItsStatementIsNotOverdueAtOnceAndGoesIntoTheNextStatement() {
        String town = town();
        finance().body(Map.of("period", "2024-03", "date", "2024-08-05")).post(statements(town)).then()
                .statusCode(409).body("code", equalTo("EARLIER_PERIOD_NOT_ISSUED"))
                .body("detail", containsString("2024-01, 2024-02"));
        for (int m = 1; m <= 7; m++) {
            issue(town, "2024-0" + m, "2024-08-05");
        }
        finance().body(Map.of("period", "2024-07", "date", "2024-08-06")).post(statements(town)).then()
                .statusCode(409).body("code", equalTo("STATEMENT_ALREADY_ISSUED"));
        finance().body(Map.of("period", "2024-08", "date", "2024-08-20")).post(statements(town)).then()
                .statusCode(422).body("code", equalTo("PERIOD_IN_FUTURE"));
        finance().body(Map.of("period", "2024-03", "voucherNo", "V-" + ref(), "date", "2024-08-06", "amount",
                "800.00")).post("/api/v1/towns/" + town + "/disbursements").then().statusCode(201);

        // 500.00 more for March, booked on 20 August
        finance().body(lateEntry(town, "2024-03", "500.00", "2024-08-20")).post("/api/v1/revenue-entries").then()
                .statusCode(201);

        // March's statement is the document as issued, not a recomputation
        finance().get("/api/v1/towns/" + town + "/returns?period=2024-03").then().statusCode(200)
                .body("issued", equalTo(true))
                .body("issuedOn", equalTo("2024-08-05"))
                .body("statementId", notNullValue())
                .body("totalAmount", equalTo("800.00"))
                .body("lines[0].amount", equalTo("800.00"))
                .body("lines[0].ytdReturn", equalTo("2400.00"))
                .body("lines[0].issued", equalTo(true));
        // it is paid and stays paid; the 400.00 the late entry adds waits for the next statement, due, not overdue
        finance().get("/api/v1/towns/" + town + "/outstanding?year=2024&asOf=2024-08-25").then().statusCode(200)
                .body("items.find { it.period == '2024-03' }.computed", equalTo("800.00"))
                .body("items.find { it.period == '2024-03' }.status", equalTo("PAID"))
                .body("items.find { it.period == '2024-03' }.issued", equalTo(true))
                .body("items.find { it.period == '2024-08' }.computed", equalTo("400.00"))
                .body("items.find { it.period == '2024-08' }.status", equalTo("DUE"))
                .body("items.find { it.period == '2024-08' }.issued", equalTo(false));
        finance().get("/api/v1/towns/" + town + "/returns?period=2024-08").then().statusCode(200)
                .body("issued", equalTo(false))
                .body("carriedFromEarlierPeriods", equalTo("400.00"))
                .body("lines[0].lineType", equalTo("CARRIED_FROM_EARLIER_PERIODS"));

        finance().body(Map.of("period", "2024-08", "date", "2024-09-03")).post(statements(town)).then()
                .statusCode(201)
                .body("lines", hasSize(2))
                .body("lines[0].lineType", equalTo("CARRIED_FROM_EARLIER_PERIODS"))
                .body("lines[0].amount", equalTo("400.00"))
                .body("lines[0].formula", containsString("the ledger now gives 6,000.00 − issued 5,600.00 = 400.00"))
                .body("lines[1].lineType", equalTo("MONTH"))
                .body("lines[1].amount", equalTo("0.00"))
                .body("carriedFromEarlierPeriods", equalTo("400.00"))
                .body("totalPayable", equalTo("400.00"));
        finance().get(statements(town) + "?year=2024").then().statusCode(200).body("$", hasSize(8))
                .body("[2].totalAmount", equalTo("800.00"));
        finance().get(statements(town) + "/2024-03").then().statusCode(200).body("totalAmount", equalTo("800.00"));
        finance().get(statements(town) + "/2024-09").then().statusCode(404);
        supervisor().get("/api/v1/audit?town=" + town + "&entityType=ReturnStatement").then()
                .body("items[0].action", equalTo("STATEMENT_ISSUED"));
    }

    @Test
    void aLateEntryInAReopenedYearIsSettledAsASupplementAndAReversalAsARefundWithEverySettlementKept() {
        String town = town();
        issue(town, "2024-01", "2024-02-05");
        finance().body(Map.of("date", "2025-01-10")).post("/api/v1/towns/" + town + "/settlements/2024").then()
                .statusCode(200)
                .body("current.adjustment", equalTo("0.00"));
        // settling issued the months not issued yet, on the settlement day
        finance().get(statements(town) + "?year=2024").then().body("$", hasSize(12))
                .body("[1].issuedOn", equalTo("2025-01-10"))
                .body("[0].issuedOn", equalTo("2024-02-05"));
        finance().body(Map.of("period", "2024-05", "date", "2025-01-11")).post(statements(town)).then()
                .statusCode(409).body("code", equalTo("PERIOD_CLOSED"));

        finance().body(Map.of("reason", "审计发现6月漏记收入", "date", "2025-02-01"))
                .post("/api/v1/towns/" + town + "/settlements/2024/reopen").then().statusCode(200);
        Number late = finance().body(lateEntry(town, "2024-06", "1000.00", "2025-02-02"))
                .post("/api/v1/revenue-entries").then().statusCode(201).extract().path("id");
        // June's statement is unchanged and nothing of 2024 becomes overdue at once
        finance().get("/api/v1/towns/" + town + "/returns?period=2024-06").then()
                .body("issued", equalTo(true)).body("totalAmount", equalTo("800.00"));
        finance().get("/api/v1/towns/" + town + "/outstanding?year=2024&asOf=2025-02-02").then()
                .body("items.find { it.period == '2024-06' }.computed", equalTo("800.00"));

        finance().body(Map.of("date", "2025-02-03")).post("/api/v1/towns/" + town + "/settlements/2024").then()
                .statusCode(200)
                .body("current.adjustment", equalTo("800.00"))
                .body("current.adjustmentKind", equalTo("SUPPLEMENT"))
                .body("current.lines[0].formula", containsString("(补)"))
                .body("history", hasSize(1))
                .body("settlements", hasSize(2));

        finance().body(Map.of("reason", "6月收入重复入账", "date", "2025-02-04"))
                .post("/api/v1/towns/" + town + "/settlements/2024/reopen").then().statusCode(200);
        finance().body(Map.of("reason", "重复入账", "period", "2024-06", "date", "2025-02-05"))
                .post("/api/v1/revenue-entries/" + late + "/reverse").then()
                .statusCode(anyOf(is(200), is(201)));
        finance().body(Map.of("date", "2025-02-06")).post("/api/v1/towns/" + town + "/settlements/2024").then()
                .statusCode(200)
                .body("current.annualReturn", equalTo("5600.00"))
                .body("current.adjustment", equalTo("-800.00"))
                .body("current.adjustmentKind", equalTo("REFUND"))
                .body("current.lines[0].previousAdjustments", equalTo("800.00"))
                .body("settlements", hasSize(3))
                .body("settlements[2].adjustment", equalTo("0.00"))
                .body("settlements[1].adjustment", equalTo("800.00"))
                .body("settlements[1].status", equalTo("REOPENED"));
        finance().get("/api/v1/towns/" + town + "/settlements/2024").then().body("settlements", hasSize(3))
                .body("history", hasSize(2));
        // December carries the adjustments of all three settlements (+800.00 − 800.00): what is owed for 2024 is the
        // twelve statements' 5,600.00, as the ledger now says
        finance().get("/api/v1/towns/" + town + "/outstanding?year=2024&asOf=2025-02-07").then()
                .body("items.find { it.period == '2024-12' }", nullValue())
                .body("summary.computed", equalTo("5600.00"));
    }

    @Test
    void onlyTheCountyFinanceBureauIssuesAndOnlyMonthsThatEnded() {
        String town = town();
        asTown("town-leader", town).body(Map.of("period", "2024-01")).post(statements(town)).then()
                .statusCode(403);
        finance().body(Map.of()).post(statements(town)).then().statusCode(400);
        finance().body(Map.of("period", "2024-13")).post(statements(town)).then().statusCode(400);
        finance().body(Map.of("period", "2024-01", "date", "2024-01-31")).post(statements(town)).then()
                .statusCode(422).body("code", equalTo("PERIOD_IN_FUTURE"));
        finance().body(Map.of("period", "2099-01")).post(statements(town)).then().statusCode(422)
                .body("code", equalTo("PERIOD_IN_FUTURE"));
        asTown("town-clerk", town).get(statements(town) + "?year=2024").then().statusCode(200).body("$", hasSize(0));
        asTown("town-clerk", newTownCode()).get(statements(town) + "?year=2024").then().statusCode(403);
        String key = ref();
        finance().header("Idempotency-Key", key).body(Map.of("period", "2024-01", "date", "2024-02-02"))
                .post(statements(town)).then().statusCode(201);
        finance().header("Idempotency-Key", key).body(Map.of("period", "2024-01", "date", "2024-02-02"))
                .post(statements(town)).then().statusCode(201);
        finance().get(statements(town) + "?year=2024").then().body("$", hasSize(1));
    }

    @Test
    void theStatementIsIssuedOverGraphQLToo() {
        String town = town();
        finance().body(Map.of("query", "mutation($t: String!) { issueStatement(townCode: $t, statement: "
                + "{period: \"2024-01\", date: \"2024-02-03\"}) { issued issuedOn totalAmount lines { lineType amount "
                + "ytdReturn } } }", "variables", Map.of("t", town))).post("/graphql").then().statusCode(200)
                .body("data.issueStatement.issued", equalTo(true))
                .body("data.issueStatement.issuedOn", equalTo("2024-02-03"))
                .body("data.issueStatement.totalAmount", equalTo("800.00"))
                .body("data.issueStatement.lines[0].ytdReturn", equalTo("800.00"));
        finance().body(Map.of("query", "mutation($t: String!) { issueStatement(townCode: $t, statement: "
                + "{period: \"2024-01\"}) { issued } }", "variables", Map.of("t", town))).post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.code", equalTo("STATEMENT_ALREADY_ISSUED"));
        finance().body(Map.of("query", "query($t: String!) { statements(townCode: $t, year: 2024) { period issued } "
                + "periodReturns(townCode: $t, period: \"2024-01\") { issued issuedOn } }", "variables",
                Map.of("t", town))).post("/graphql").then().statusCode(200)
                .body("data.statements", hasSize(1))
                .body("data.periodReturns.issued", equalTo(true));
    }
}
