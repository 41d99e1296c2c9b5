package org.townreform.fiscal.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.fiscal.Fixtures.as;
import static org.townreform.fiscal.Fixtures.asTown;
import static org.townreform.fiscal.Fixtures.bookingDate;
import static org.townreform.fiscal.Fixtures.createPolicy;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.record;
import static org.townreform.fiscal.Fixtures.ref;
import static org.townreform.fiscal.Fixtures.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The same reads and mutations over GraphQL, money as decimal strings, errors with extensions.code. */
@QuarkusTest
class FiscalGraphQLTest {

    static ValidatableResponse gql(RequestSpecification who, String query, Map<String, Object> variables) {
        return who.body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }

    static String town80() {
        String town = newTownCode();
        createPolicy(town, policy("2025-01-01", null, List.of(
                rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80")))));
        return town;
    }

    @Test
    void recordsReversesAndReadsWithMoneyAsDecimalStrings() {
        String town = town80();
        Map<String, Object> entry = new HashMap<>(Map.of("townCode", town, "period", "2025-03", "category",
                "TAX_NEW_ENTERPRISE", "amount", "1250000.00", "sourceSystem", "GQL", "externalRef", ref(), "date",
                bookingDate("2025-03")));
        String record = "mutation($e: NewRevenueEntry!) { recordRevenueEntry(entry: $e) { id amount unit period } }";
        String id = gql(finance(), record, Map.of("e", entry))
                .body("errors", nullValue())
                .body("data.recordRevenueEntry.amount", equalTo("1250000.00"))
                .body("data.recordRevenueEntry.unit", equalTo("YUAN"))
                .extract().path("data.recordRevenueEntry.id").toString();
        // a resend answers the same entry
        gql(finance(), record, Map.of("e", entry)).body("data.recordRevenueEntry.id", equalTo(Integer.valueOf(id)));

        gql(finance(), "query($t: String!, $p: String!) { periodReturns(townCode: $t, period: $p) { totalPayable "
                + "lines { amount payable ytdReturn formula explanation } disbursement { outstanding status } } }",
                Map.of("t", town, "p", "2025-03"))
                .body("data.periodReturns.totalPayable", equalTo("1000000.00"))
                .body("data.periodReturns.lines[0].amount", equalTo("1000000.00"))
                .body("data.periodReturns.lines[0].formula", org.hamcrest.Matchers.containsString("0.80 × 1,250,000.00"))
                .body("data.periodReturns.disbursement[0].outstanding", equalTo("1000000.00"));

        gql(finance(), "mutation($id: String!, $r: RevenueReversal!) { reverseRevenueEntry(id: $id, reversal: $r) "
                + "{ id reversesId amount } }",
                Map.of("id", id, "r", Map.of("reason", "更正", "period", "2025-04",
                        "date", "2025-04-30")))
                .body("data.reverseRevenueEntry.reversesId", equalTo(Integer.valueOf(id)))
                .body("data.reverseRevenueEntry.amount", equalTo("-1250000.00"));
        gql(finance(), "mutation($id: String!, $r: RevenueReversal!) { reverseRevenueEntry(id: $id, reversal: $r) "
                + "{ id } }", Map.of("id", id, "r", Map.of("reason", "again", "date", "2025-05-01")))
                .body("data.reverseRevenueEntry", nullValue())
                .body("errors[0].extensions.code", equalTo("ALREADY_REVERSED"));

        gql(finance(), "query($t: String!) { yearReturns(townCode: $t, year: 2025) { rules { lines { amount } "
                + "totalPayable carriedForward } } }", Map.of("t", town))
                .body("data.yearReturns.rules[0].lines[3].amount", equalTo("-1000000.00"))
                .body("data.yearReturns.rules[0].carriedForward", equalTo("-1000000.00"));
    }

    @Test
    void aPartialReversalAnswersTheReversingEntryAndTheEntryShowsWhatIsLeft() {
        String town = newTownCode();
        long id = record(town, "2025-03", "ADMIN_FEES", "1000.00");
        String reverse = "mutation($id: String!, $r: RevenueReversal!) { reverseRevenueEntry(id: $id, reversal: $r) "
                + "{ id reversesId amount period } }";
        gql(finance(), reverse, Map.of("id", String.valueOf(id), "r", Map.of("reason", "部分退库", "amount", "250.00",
                "date", "2025-04-10")))
                .body("errors", nullValue())
                .body("data.reverseRevenueEntry.reversesId", equalTo((int) id))
                .body("data.reverseRevenueEntry.amount", equalTo("-250.00"))
                .body("data.reverseRevenueEntry.period", equalTo("2025-04"));
        gql(finance(), "query($id: String!) { revenueEntry(id: $id) { reversedAmount remainingAmount reversalIds } }",
                Map.of("id", String.valueOf(id)))
                .body("data.revenueEntry.reversedAmount", equalTo("250.00"))
                .body("data.revenueEntry.remainingAmount", equalTo("750.00"))
                .body("data.revenueEntry.reversalIds", hasSize(1));
        gql(finance(), reverse, Map.of("id", String.valueOf(id), "r", Map.of("reason", "x", "amount", "750.01",
                "date", "2025-04-10")))
                .body("data.reverseRevenueEntry", nullValue())
                .body("errors[0].extensions.code", equalTo("REVERSAL_EXCEEDS_REMAINING"));
    }

    @Test
    void policiesDisbursementsAndSettlementsAsMutations() {
        String town = newTownCode();
        Map<String, Object> mining = Map.of("kind", "PROPORTIONAL", "categories", List.of("MINING_RIGHTS"), "rate",
                "0.40");
        gql(finance(), "mutation($t: String!, $p: NewPolicy!) { createPolicy(townCode: $t, policy: $p) { id } }",
                Map.of("t", town, "p", Map.of("name", "p", "validFrom", "2024-01-01", "rules", List.of(mining))))
                .body("errors[0].extensions.code", equalTo("MINING_RIGHTS_RATE_TOO_LOW"));
        gql(finance(), "mutation($t: String!, $p: NewPolicy!) { createPolicy(townCode: $t, policy: $p) "
                + "{ id versionNo rules { rate earmark } } }",
                Map.of("t", town, "p", Map.of("name", "蒲场镇", "validFrom", "2024-01-01", "rules", List.of(
                        Map.of("kind", "PROPORTIONAL", "categories", List.of("MINING_RIGHTS"), "rate", "0.50",
                                "earmark", "地质灾害防治")))))
                .body("errors", nullValue())
                .body("data.createPolicy.rules[0].rate", equalTo("0.50"));
        record(town, "2024-05", "MINING_RIGHTS", "2000.00"); // 1,000.00 owed, earmarked
        gql(finance(), "mutation($t: String!, $d: NewDisbursement!) { recordDisbursement(townCode: $t, "
                + "disbursement: $d) { amount earmark } }",
                Map.of("t", town, "d", Map.of("period", "2024-05", "earmark", "地质灾害防治", "voucherNo", "G-" + town,
                        "date", "2024-06-10", "amount", "500.00")))
                .body("data.recordDisbursement.amount", equalTo("500.00"));
        gql(finance(), "mutation($t: String!, $d: NewDisbursement!) { recordDisbursement(townCode: $t, "
                + "disbursement: $d) { amount } }",
                Map.of("t", town, "d", Map.of("period", "2024-05", "earmark", "地质灾害防治", "voucherNo", "H-" + town,
                        "date", "2024-06-10", "amount", "500.01")))
                .body("errors[0].extensions.code", equalTo("OVER_DISBURSEMENT"));
        gql(finance(), "mutation($t: String!) { settleYear(townCode: $t, year: 2024, settlement: {date: \"2025-01-20\"})"
                + " { status current { adjustment adjustmentKind } } }", Map.of("t", town))
                .body("data.settleYear.status", equalTo("SETTLED"))
                .body("data.settleYear.current.adjustment", equalTo("0.00"));
        gql(finance(), "mutation($t: String!) { reopenYear(townCode: $t, year: 2024, reopen: {reason: \"审计\"}) "
                + "{ status history { reopenReason } } }", Map.of("t", town))
                .body("data.reopenYear.status", equalTo("OPEN"))
                .body("data.reopenYear.history[0].reopenReason", equalTo("审计"));
        gql(finance(), "query($t: String!) { outstanding(townCode: $t, year: 2024, asOf: \"2024-12-01\") "
                + "{ summary { outstanding overdue } items { earmark status } } }", Map.of("t", town))
                .body("data.outstanding.summary.outstanding", equalTo("500.00"))
                .body("data.outstanding.summary.overdue", equalTo("500.00"));
    }

    @Test
    void fiscalYearViewsReadsManyTownsInOneCallInTheOrderAsked() {
        String a = town80();
        String b = town80();
        record(a, "2025-02", "TAX_NEW_ENTERPRISE", "1000.00");
        record(b, "2024-02", "TAX_NEW_ENTERPRISE", "1000.00");
        record(b, "2025-02", "TAX_NEW_ENTERPRISE", "1300.00");
        String q = "query($t: [String!]!) { fiscalYearViews(townCodes: $t, year: 2025, asOf: \"2026-01-15\") "
                + "{ townCode revenue previousYearRevenue growth growthTarget meetsGrowthTarget returns disbursed "
                + "outstanding overdue yearStatus } }";
        gql(as("supervisor"), q, Map.of("t", List.of(b, a)))
                .body("errors", nullValue())
                .body("data.fiscalYearViews", hasSize(2))
                .body("data.fiscalYearViews[0].townCode", equalTo(b))
                .body("data.fiscalYearViews[0].revenue", equalTo("1300.00"))
                .body("data.fiscalYearViews[0].growth", equalTo("0.3000"))
                .body("data.fiscalYearViews[0].growthTarget", equalTo("0.25"))
                .body("data.fiscalYearViews[0].meetsGrowthTarget", equalTo(true))
                .body("data.fiscalYearViews[0].returns", equalTo("1040.00"))
                .body("data.fiscalYearViews[0].overdue", equalTo("1040.00"))
                .body("data.fiscalYearViews[1].townCode", equalTo(a))
                .body("data.fiscalYearViews[1].growth", nullValue());
        gql(asTown("town-clerk", a), q, Map.of("t", List.of(b, a)))
                .body("data.fiscalYearViews[0]", nullValue())
                .body("data.fiscalYearViews[1].townCode", equalTo(a));
    }

    @Test
    void errorsCarryTheStableCodes() {
        String town = newTownCode();
        gql(asTown("town-clerk", town), "query($t: String!) { policies(townCode: $t) { items { id } } }",
                Map.of("t", newTownCode()))
                .body("errors[0].extensions.code", equalTo("TOWN_OUT_OF_SCOPE"));
        gql(finance(), "query { yearReturns(townCode: \"abc\", year: 2025) { year } }", Map.of())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        gql(finance(), "query { revenueEntry(id: \"x\") { id } }", Map.of())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        gql(asTown("town-clerk", town), "mutation { settleYear(townCode: \"" + town + "\", year: 2024) { status } }",
                Map.of()).body("data.settleYear", nullValue()).body("errors", notNullValue());
        gql(finance(), "query { townYearReport(townCode: \"" + town + "\", year: 2025) { revenueTotal growth "
                + "{ target } revenue { category total } } }", Map.of())
                .body("data.townYearReport.revenueTotal", equalTo("0.00"))
                .body("data.townYearReport.growth.target", equalTo("0.25"));
    }
}
