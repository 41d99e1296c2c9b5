package org.townreform.fiscal.robustness;

import static org.townreform.fiscal.Fixtures.createPolicy;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.record;
import static org.townreform.fiscal.Fixtures.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Tokens;
import org.townreform.common.testing.fuzz.OpenApiFuzzer;
import org.townreform.fiscal.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The robustness suite generated from fiscal-service's own OpenAPI document ({@link OpenApiFuzzer}): every operation,
 * every parameter and body field mutated, sent as the county finance bureau: no 5xx, every refusal a coded problem,
 * invalid input refused, and a refusal stores nothing.
 */
@QuarkusTest
class OpenApiRobustnessTest {
    private static final String SETTLEMENTS = "/api/v1/towns/{code}/settlements/{year}";

    @Test
    void everyOperationRefusesMalformedInputCleanly() {
        String town = newTownCode();
        record(town, "2025-06", "ADMIN_FEES", "1000.00");
        OpenApiFuzzer fuzzer = OpenApiFuzzer.forService("fiscal");
        fuzzer.writer(Tokens.bearer(Tokens.roles(Set.of("county-finance", "supervisor"), null, null)))
                .otherTown(Tokens.bearer(Tokens.town("town-clerk", newTownCode())))
                .expired(Tokens.bearer(Tokens.expired("county-finance")))
                .header("If-Match", "\"0\"")
                .path("towns/{code}", town)
                .path(SETTLEMENTS + "/reopen:{code}", OpenApiRobustnessTest::settledTown)
                .path("settlements/{year}", 2025)
                .path("revenue-entries/{id}", () -> record(town, "2025-06", "ADMIN_FEES", "100.00"))
                .path("policies/{id}", () -> {
                    policyYear = policyYears.addAndGet(2);
                    return createPolicy(town, policy(policyYear + "-01-01", (policyYear + 1) + "-12-31", rules()));
                })
                // a year no other test reads: a PUT replaces the year's calendar
                .path("calendar/{year}", 2091)
                .fresh("externalRef", Fixtures::ref)
                .fresh("voucherNo", Fixtures::ref)
                .fresh("policyYear", () -> String.valueOf(2030 + newYears.getAndIncrement() % 170))
                .field("townCode", town).field("sourceSystem", "FUZZ")
                .field("days", List.of(Map.of("date", "2091-01-01", "isOffDay", true, "name", "元旦")))
                .body("POST /api/v1/towns/{code}/policies", () -> policy(fuzzer.token("policyYear") + "-01-01",
                        fuzzer.token("policyYear") + "-12-31", rules()))
                .body("POST /api/v1/towns/{code}/policies/{id}/end", () -> Map.of("validTo", policyYear + "-12-31",
                        "reason", "新政策"))
                .query("towns", town).query("town", town).query("category", "ADMIN_FEES")
                .query("entityType", "PolicyVersion")
                // the copy of the town registry is written by its follower on its own clock, not by a request
                .excludeTables("town_copy", "feed_position")
                .run()
                .assertClean(2000);
    }

    /** Policies the fixtures build, two closed years each (2002–2003, 2004–2005, ...), apart from the baselines' ones. */
    private final AtomicInteger policyYears = new AtomicInteger(2000);
    /**
     * The one year of each policy a baseline or mutation creates (2030 to 2199 in turn): the few that are accepted do
     * not overlap each other.
     */
    private final AtomicInteger newYears = new AtomicInteger();
    private int policyYear;

    private static List<Map<String, Object>> rules() {
        return List.of(rule("PROPORTIONAL", List.of("ADMIN_FEES"), Map.of("rate", "0.5")));
    }

    /** A town whose 2025 is settled, so that it can be reopened. */
    private static String settledTown() {
        String town = newTownCode();
        record(town, "2025-06", "ADMIN_FEES", "100.00");
        finance().body("{}").post(SETTLEMENTS.replace("{code}", town).replace("{year}", "2025")).then()
                .statusCode(org.hamcrest.Matchers.lessThan(300));
        return town;
    }
}
