package org.townreform.fiscal.returns.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.fiscal.Fixtures.asTown;
import static org.townreform.fiscal.Fixtures.createPolicy;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.record;
import static org.townreform.fiscal.Fixtures.rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The worked examples of SPEC §3.3 through the API, against the real database. */
@QuarkusTest
class ReturnResourceTest {

    static ValidatableResponse period(String town, String period) {
        return finance().get("/api/v1/towns/" + town + "/returns?period=" + period).then().statusCode(200);
    }

    @Test
    void aBaselinePassedInTheMiddleOfTheYearShowsTheExcessInThatMonthAndNotBefore() {
        // 临溪镇-like: 100% of the excess of taxes over 2008's revenue of 3,000,000.00, one version of five years
        String town = newTownCode();
        createPolicy(town, policy("2024-01-01", "2028-12-31", List.of(rule("EXCESS_OVER_BASELINE",
                List.of("TAX_EXISTING", "TAX_NEW_ENTERPRISE"),
                Map.of("rate", "1.00", "baseline", "3000000.00", "baseYear", 2008)))));
        for (int m = 1; m <= 8; m++) {
            record(town, String.format("2025-%02d", m), "TAX_EXISTING", "400000.00");
        }
        // YTD: June 2,400,000.00; July 2,800,000.00; August 3,200,000.00 → the excess first appears in August
        period(town, "2025-07").body("lines[0].amount", equalTo("0.00")).body("totalPayable", equalTo("0.00"));
        period(town, "2025-08")
                .body("lines[0].amount", equalTo("200000.00"))
                .body("lines[0].ytdBase", equalTo("3200000.00"))
                .body("lines[0].formula", containsString("1.00 × max(0, 3,200,000.00 − 3,000,000.00) = 200,000.00"))
                .body("lines[0].explanation", containsString("version 1"));
        finance().get("/api/v1/towns/" + town + "/returns?year=2025").then().statusCode(200)
                .body("throughMonth", equalTo(12))
                .body("rules[0].lines", hasSize(12))
                .body("rules[0].lines[8].amount", equalTo("0.00"))
                .body("rules[0].totalPayable", equalTo("200000.00"));
    }

    @Test
    void eightyPercentOfNewEnterpriseTaxWithAReversalInALaterMonth() {
        String town = newTownCode();
        createPolicy(town, policy("2025-01-01", null, List.of(
                rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80")))));
        long march = record(town, "2025-03", "TAX_NEW_ENTERPRISE", "1250000.00");
        record(town, "2025-05", "TAX_NEW_ENTERPRISE", "2000000.00");
        finance().body(Map.of("reason", "企业更正申报", "period", "2025-04", "date", "2025-04-30"))
                .post("/api/v1/revenue-entries/" + march + "/reverse").then().statusCode(201);

        period(town, "2025-03").body("lines[0].amount", equalTo("1000000.00"))
                .body("lines[0].formula", containsString("0.80 × 1,250,000.00 = 1,000,000.00"));
        period(town, "2025-04").body("lines[0].amount", equalTo("-1000000.00"))
                .body("lines[0].payable", equalTo("0.00"))
                .body("lines[0].carriedOut", equalTo("-1000000.00"));
        period(town, "2025-05").body("lines[0].amount", equalTo("1600000.00"))
                .body("lines[0].carriedIn", equalTo("-1000000.00"))
                .body("lines[0].payable", equalTo("600000.00"))
                .body("lines[0].formula", containsString("payable = max(0, -1,000,000.00 carried + 1,600,000.00)"));
    }

    @Test
    void fiveThousandYuanPerMuKeepsItsEarmark() {
        String town = newTownCode();
        createPolicy(town, policy("2025-01-01", null, List.of(rule("PER_UNIT", List.of("FARMLAND_RECLAIMED_MU"),
                Map.of("unitAmount", "5000.00", "earmark", "城镇基础设施建设和耕地保护")))));
        record(town, "2025-06", "FARMLAND_RECLAIMED_MU", "12.50");
        period(town, "2025-06").body("lines[0].amount", equalTo("62500.00"))
                .body("lines[0].earmark", equalTo("城镇基础设施建设和耕地保护"))
                .body("lines[0].formula", containsString("5,000.00 × 12.50 mu = 62,500.00"))
                .body("disbursement[0].earmark", equalTo("城镇基础设施建设和耕地保护"))
                .body("disbursement[0].outstanding", equalTo("62500.00"));
    }

    @Test
    void reRunsGiveIdenticalLinesAndANewEntryShowsTheDifferenceFromWhatWasDisbursed() {
        String town = newTownCode();
        createPolicy(town, policy("2025-01-01", null, List.of(
                rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80")))));
        record(town, "2025-02", "TAX_NEW_ENTERPRISE", "100000.00");
        String first = period(town, "2025-02").extract().asString();
        String again = period(town, "2025-02").extract().asString();
        org.assertj.core.api.Assertions.assertThat(again).isEqualTo(first);

        finance().body(Map.of("period", "2025-02", "voucherNo", "V-" + town, "date", "2025-03-10", "amount",
                "80000.00")).post("/api/v1/towns/" + town + "/disbursements").then().statusCode(201);
        // a late entry for February arrives: the line grows and the period shows what is still owed
        record(town, "2025-02", "TAX_NEW_ENTERPRISE", "5000.00");
        period(town, "2025-02").body("lines[0].amount", equalTo("84000.00"))
                .body("disbursement[0].disbursed", equalTo("80000.00"))
                .body("disbursement[0].outstanding", equalTo("4000.00"));
    }

    @Test
    void noPolicyNoLines() {
        String town = newTownCode();
        record(town, "2025-02", "TAX_NEW_ENTERPRISE", "100000.00");
        period(town, "2025-02").body("lines", hasSize(0)).body("policy", nullValue());
    }

    @Test
    void periodsAreCheckedAndScoped() {
        String town = newTownCode();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String base = "/api/v1/towns/" + town + "/returns";
        finance().get(base + "?period=" + YearMonth.from(today).plusMonths(1)).then().statusCode(422)
                .body("code", equalTo("PERIOD_IN_FUTURE"));
        finance().get(base + "?year=" + (today.getYear() + 1)).then().statusCode(422);
        finance().get(base).then().statusCode(400);
        finance().get(base + "?period=2025-01&year=2025").then().statusCode(400);
        finance().get(base + "?period=2025-00").then().statusCode(400);
        finance().get(base + "?year=99999").then().statusCode(400);
        finance().get(base + "?year=" + today.getYear()).then().statusCode(200)
                .body("throughMonth", equalTo(today.getMonthValue()));
        asTown("town-clerk", newTownCode()).get(base + "?year=2025").then().statusCode(403)
                .body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        asTown("town-clerk", town).get(base + "?year=2025").then().statusCode(200);
    }

    @Test
    void theLinesOfAYearAddUpToTheRoundedYearAndTheSettlementHasNoCentOfRoundingToSettle() {
        // 0.40 × 0.01 a month = 0.004: rounded year to date, the lines add up to the year's 0.048 → 0.05
        String town = newTownCode();
        createPolicy(town, policy("2024-01-01", null, List.of(
                rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.40")))));
        for (int m = 1; m <= 12; m++) {
            record(town, String.format("2024-%02d", m), "TAX_NEW_ENTERPRISE", "0.01");
        }
        finance().get("/api/v1/towns/" + town + "/returns?year=2024").then().statusCode(200)
                .body("totalAmount", equalTo("0.05"))
                .body("rules[0].lines[11].ytdReturn", equalTo("0.05"))
                .body("rules[0].lines[11].previousYtdReturn", equalTo("0.04"))
                .body("rules[0].lines[11].amount", equalTo("0.01"))
                .body("rules[0].lines[11].formula", containsString("0.40 × 0.12 = 0.048 → 0.05 (HALF_UP)"));
        finance().body(Map.of("date", "2025-01-15")).post("/api/v1/towns/" + town + "/settlements/2024").then()
                .statusCode(200)
                .body("current.annualReturn", equalTo("0.05"))
                .body("current.monthlyPayable", equalTo("0.05"))
                .body("current.adjustment", equalTo("0.00"));
    }

    @Test
    void aRateReplacedFrom1JulyComputesEachMonthUnderItsVersionWithoutANegativeJuly() {
        String town = newTownCode();
        long first = createPolicy(town, policy("2024-01-01", null, List.of(
                rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80")),
                rule("FULL_RETURN", List.of("MINING_RIGHTS"), Map.of()))));
        finance().header("If-Match", "\"0\"").body(Map.of("validTo", "2024-06-30", "reason", "7月1日起调整返还比例"))
                .post("/api/v1/towns/" + town + "/policies/" + first + "/end").then().statusCode(200)
                .body("validTo", equalTo("2024-06-30"));
        createPolicy(town, policy("2024-07-01", null, List.of(
                rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.50")))));
        for (int m = 1; m <= 12; m++) {
            record(town, String.format("2024-%02d", m), "TAX_NEW_ENTERPRISE", "100000.00");
            record(town, String.format("2024-%02d", m), "MINING_RIGHTS", "1000.00");
        }
        period(town, "2024-06").body("policy.versionNo", equalTo(1)).body("lines", hasSize(2))
                .body("lines[0].amount", equalTo("80000.00"));
        // July: 0.50 × 700,000.00 − 0.50 × 600,000.00; mining rights have no rule in version 2
        period(town, "2024-07").body("policy.versionNo", equalTo(2))
                .body("lines", hasSize(1))
                .body("lines[0].amount", equalTo("50000.00"))
                .body("lines[0].ytdReturn", equalTo("350000.00"))
                .body("lines[0].previousYtdReturn", equalTo("300000.00"))
                .body("lines[0].policyVersion", equalTo(2))
                .body("lines[0].formula", containsString("version begins 2024-07"));
        finance().get("/api/v1/towns/" + town + "/returns?year=2024").then().statusCode(200)
                .body("policies", hasSize(2))
                .body("rules", hasSize(3))
                .body("rules[0].lines", hasSize(6))
                .body("rules[2].lines", hasSize(6))
                .body("totalAmount", equalTo("786000.00"));
        finance().body(Map.of("date", "2025-01-15")).post("/api/v1/towns/" + town + "/settlements/2024").then()
                .statusCode(200)
                .body("current.annualReturn", equalTo("786000.00"))
                .body("current.adjustment", equalTo("0.00"))
                .body("current.lines[2].formula", containsString("annual, version in force 2024-07..2024-12"));
    }
}
