package org.townreform.fiscal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.townreform.fiscal.Fixtures.as;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.DemoFacts;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;

/** The service started with demo data: it loads, reads back through the API, and loading it again changes nothing. */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
public class DemoDataTest {
    static final String LINXI = "341824102";
    static final String PUCHANG = "520323104";
    static final String SHILONG = "441900113";
    static final String AS_OF = "2026-11-26";

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() { return Map.of("townreform.demo.enabled", "true"); }
    }

    @Inject
    Pool pool;

    @Test
    void theDocumentsPoliciesAreThere() {
        as("supervisor").get("/api/v1/towns/" + LINXI + "/policies").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].validFrom", equalTo("2009-01-01"))
                .body("items[0].validTo", equalTo("2013-12-31"))
                .body("items[0].rules[0].kind", equalTo("EXCESS_OVER_BASELINE"))
                .body("items[0].rules[0].baseYear", equalTo(2008))
                .body("items[0].rules[3].unitAmount", equalTo("5000.00"))
                .body("items[0].grants[0].year", equalTo(2009))
                .body("items[0].grants[0].amount", equalTo("3000000.00"));
        as("supervisor").get("/api/v1/towns/" + PUCHANG + "/policies").then()
                .body("items[0].rules[0].rate", equalTo("0.8000"))
                .body("items[0].rules[1].categories[0]", equalTo("MINING_RIGHTS"))
                .body("items[0].rules[1].rate", equalTo("0.5000"))
                .body("items[0].rules[1].earmark", containsString("地质灾害防治"))
                .body("items[0].rules[2].kind", equalTo("FULL_RETURN"));
        as("supervisor").get("/api/v1/towns/" + SHILONG + "/policies").then()
                .body("items[0].name", containsString("演示"));
    }

    @Test
    void returnsGrowthAndOverdueDisbursementsAllShow() {
        // 临溪镇 2026: taxes pass the 2023 baseline in September, so the excess appears then and not before
        as("supervisor").get("/api/v1/towns/" + LINXI + "/returns?year=2026").then().statusCode(200)
                .body("rules[0].lines[7].amount", equalTo("0.00"))
                .body("rules[0].lines[8].amount", not(equalTo("0.00")));
        // 蒲场镇: a March entry reversed in July gives a negative line netted in August
        as("supervisor").get("/api/v1/towns/" + PUCHANG + "/returns?period=2026-07").then()
                .body("lines[0].carriedOut", not(equalTo("0.00")));
        as("supervisor").get("/api/v1/fiscal-year-views?year=2026&asOf=" + AS_OF + "&towns=" + LINXI + ","
                + PUCHANG + "," + SHILONG).then().statusCode(200)
                .body("[0].meetsGrowthTarget", equalTo(true))
                .body("[1].meetsGrowthTarget", equalTo(false))
                .body("[1].overdue", not(equalTo("0.00")))
                .body("townCode", hasSize(3));
        for (String town : new String[]{LINXI, PUCHANG, SHILONG}) {
            as("supervisor").get("/api/v1/towns/" + town + "/outstanding?asOf=" + AS_OF).then().statusCode(200)
                    .body("summary.overpaid", equalTo("0.00"))
                    .body("items.status", everyItem(not(equalTo("OVERPAID"))));
        }
    }

    @Test
    void theEndedMonthsStatementsAreIssuedOnTheTenthOfTheFollowingMonth() {
        as("supervisor").get("/api/v1/towns/" + PUCHANG + "/statements?year=2025").then().statusCode(200)
                .body("$", hasSize(12))
                .body("[0].period", equalTo("2025-01"))
                .body("[0].issuedOn", equalTo("2025-02-10"))
                .body("issued", everyItem(equalTo(true)));
        // 蒲场镇's July statement holds the reversal of a March entry, netted as issued
        as("supervisor").get("/api/v1/towns/" + PUCHANG + "/returns?period=2026-07").then().statusCode(200)
                .body("issued", equalTo(true))
                .body("issuedOn", equalTo("2026-08-10"));
        as("supervisor").get("/api/v1/towns/" + LINXI + "/outstanding?asOf=" + AS_OF).then()
                .body("items.find { it.period == '2026-10' }.issued", equalTo(true));
    }

    @Test
    void loadingTheDemoAgainChangesNothing() throws IOException {
        String before = counts();
        String sql = script();
        pool.withTransaction(conn -> conn.query(sql).execute()).await().atMost(Duration.ofMinutes(1));
        assertThat(counts()).isEqualTo(before);
        assertThat(before).doesNotStartWith("0/");
    }

    private String counts() {
        return pool.query("select (select count(*) from revenue_entry where source_system = 'DEMO') || '/' ||"
                + " (select count(*) from policy_version) || '/' || (select count(*) from policy_rule) || '/' ||"
                + " (select count(*) from policy_grant) || '/' || (select count(*) from disbursement"
                + " where recorded_by = 'demo-data')").execute().await().atMost(Duration.ofSeconds(30))
                .iterator().next().getString(0);
    }

    private static String script() throws IOException {
        try (InputStream in = DemoDataTest.class.getClassLoader().getResourceAsStream("demo/fiscal.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** docs/demo-data.md: the fiscal demo data is about the shared towns (personnel-service's codes) only. */
    @Test
    void theDemoDataNamesOnlyTheSharedTowns() {
        Map<String, String> towns = DemoFacts.towns();
        List<String> used = new ArrayList<>();
        pool.query("select distinct town_code from revenue_entry where source_system = 'DEMO' union "
                + "select distinct town_code from policy_version").execute().await().atMost(Duration.ofSeconds(30))
                .forEach(r -> used.add(r.getString(0)));
        assertThat(used).isNotEmpty().allMatch(towns::containsKey);
    }
}
