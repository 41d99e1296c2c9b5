package org.townreform.fiscal.disbursement.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.townreform.fiscal.Fixtures.asTown;
import static org.townreform.fiscal.Fixtures.createPolicy;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.record;
import static org.townreform.fiscal.Fixtures.rule;
import static org.townreform.fiscal.Fixtures.supervisor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Calendars;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DisbursementResourceTest {
    private static final String GEO = "地质灾害防治、矿山地质环境治理";

    private static boolean calendarsLoaded;

    @BeforeEach
    void calendars() {
        if (!calendarsLoaded) {
            Calendars.loadOfficial();
            calendarsLoaded = true;
        }
    }

    /** 80% of new-enterprise tax (general), 50% of mining rights earmarked for geological hazards. */
    static String town() {
        String town = newTownCode();
        createPolicy(town, policy("2025-01-01", null, List.of(
                rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80")),
                rule("PROPORTIONAL", List.of("MINING_RIGHTS"), Map.of("rate", "0.50", "earmark", GEO)))));
        return town;
    }

    static Map<String, Object> disbursement(String period, String earmark, String date, String amount) {
        Map<String, Object> d = new HashMap<>(Map.of("period", period, "voucherNo", "V" + System.nanoTime(),
                "date", date, "amount", amount));
        if (earmark != null) {
            d.put("earmark", earmark);
        }
        return d;
    }

    static String path(String town) {
        return "/api/v1/towns/" + town + "/disbursements";
    }

    @Test
    void partialDisbursementsUpToWhatIsOwedPerPeriodAndEarmark() {
        String town = town();
        record(town, "2025-07", "TAX_NEW_ENTERPRISE", "100000.00"); // 80,000.00 owed, general
        record(town, "2025-07", "MINING_RIGHTS", "60000.00"); // 30,000.00 owed, earmarked
        finance().body(disbursement("2025-07", null, "2025-08-15", "50000.00")).post(path(town)).then()
                .statusCode(201).body("amount", equalTo("50000.00")).body("period", equalTo("2025-07"));
        finance().body(disbursement("2025-07", null, "2025-08-20", "30000.01")).post(path(town)).then()
                .statusCode(409).body("code", equalTo("OVER_DISBURSEMENT"))
                .body("detail", containsString("outstanding 30,000.00"));
        // the earmarked return is paid only as earmarked
        finance().body(disbursement("2025-07", null, "2025-08-20", "30000.00")).post(path(town)).then()
                .statusCode(201);
        finance().body(disbursement("2025-07", null, "2025-08-21", "0.01")).post(path(town)).then()
                .statusCode(409).body("code", equalTo("OVER_DISBURSEMENT"));
        finance().body(disbursement("2025-07", GEO, "2025-08-21", "30000.00")).post(path(town)).then()
                .statusCode(201).body("earmark", equalTo(GEO));
        finance().body(disbursement("2025-07", "别的用途", "2025-08-21", "1.00")).post(path(town)).then()
                .statusCode(409).body("code", equalTo("OVER_DISBURSEMENT"));
        supervisor().get("/api/v1/towns/" + town + "/outstanding?asOf=2025-09-01&year=2025").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].status", equalTo("PAID"))
                .body("items[1].earmark", equalTo(GEO))
                .body("items[1].status", equalTo("PAID"))
                .body("summary.outstanding", equalTo("0.00"));
        asTown("town-clerk", town).get(path(town) + "?year=2025").then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void dueByTheEndOfTheFollowingMonthAndOverdueAfterAQuarter() {
        String town = town();
        record(town, "2025-07", "TAX_NEW_ENTERPRISE", "100000.00");
        String outstanding = "/api/v1/towns/" + town + "/outstanding?year=2025&asOf=";
        finance().get(outstanding + "2025-08-29").then().statusCode(200)
                .body("items[0].dueDate", equalTo("2025-09-01")) // 31 August 2025 is a Sunday
                .body("items[0].overdueAfter", equalTo("2025-10-31"))
                .body("items[0].provisional", equalTo(false))
                .body("items[0].status", equalTo("DUE"))
                .body("summary.due", equalTo("80000.00"));
        finance().get(outstanding + "2025-09-02").then().body("items[0].status", equalTo("LATE"))
                .body("summary.late", equalTo("80000.00"));
        finance().get(outstanding + "2025-11-03").then().body("items[0].status", equalTo("OVERDUE"))
                .body("summary.overdue", equalTo("80000.00"));
        finance().body(disbursement("2025-07", null, "2025-11-05", "20000.00")).post(path(town)).then()
                .statusCode(201);
        // as of a day before the transfer it had not happened; after it the rest is still overdue
        finance().get(outstanding + "2025-11-04").then().body("items[0].disbursed", equalTo("0.00"));
        finance().get(outstanding + "2025-11-06").then().body("items[0].disbursed", equalTo("20000.00"))
                .body("items[0].outstanding", equalTo("60000.00")).body("summary.overdue", equalTo("60000.00"));
    }

    @Test
    void voucherNumbersAreUniquePerTownAndDatesAreChecked() {
        String town = town();
        record(town, "2025-03", "TAX_NEW_ENTERPRISE", "1000.00");
        Map<String, Object> d = disbursement("2025-03", null, "2025-04-10", "100.00");
        finance().body(d).post(path(town)).then().statusCode(201);
        finance().body(d).post(path(town)).then().statusCode(409).body("code", equalTo("DUPLICATE_VOUCHER"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        finance().body(disbursement("2025-03", null, today.plusDays(3).toString(), "1.00")).post(path(town)).then()
                .statusCode(422).body("code", equalTo("DATE_IN_FUTURE"));
        finance().body(disbursement("2025-03", null, "2025-02-10", "1.00")).post(path(town)).then()
                .statusCode(422).body("code", equalTo("PERIOD_IN_FUTURE"));
        finance().body(disbursement("2025-03", null, "2025-04-10", "-1.00")).post(path(town)).then()
                .statusCode(400);
        finance().body("{").post(path(town)).then().statusCode(400);
        finance().get("/api/v1/towns/" + town + "/outstanding?asOf=2025-02-30").then().statusCode(400);
        finance().get("/api/v1/towns/" + town + "/outstanding?asOf=9999-01-01").then().statusCode(400);
        asTown("town-clerk", town).body(disbursement("2025-03", null, "2025-04-11", "1.00")).post(path(town)).then()
                .statusCode(403);
        supervisor().get("/api/v1/audit?town=" + town + "&entityType=Disbursement").then()
                .body("items", hasSize(1)).body("items[0].action", equalTo("DISBURSEMENT_RECORDED"));
    }
}
