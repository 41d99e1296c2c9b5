package org.townreform.fiscal.report.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.fiscal.Fixtures.as;
import static org.townreform.fiscal.Fixtures.createPolicy;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.record;
import static org.townreform.fiscal.Fixtures.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The dashboards' batch read costs the same number of SQL queries for 2 towns as for 30 (no query per town). */
@QuarkusTest
class FiscalYearViewQueryCountTest {

    @Inject
    Mutiny.SessionFactory sessions;

    private long queriesFor(List<String> towns) {
        String url = "/api/v1/fiscal-year-views?year=2025&asOf=2026-01-15&towns=" + String.join(",", towns);
        as("supervisor").get(url).then().statusCode(200); // warm: the calendar is cached after the first read
        sessions.getStatistics().clear();
        as("supervisor").get(url).then().statusCode(200);
        return sessions.getStatistics().getQueryExecutionCount();
    }

    @Test
    void theBatchReadIsABoundedNumberOfQueries() {
        List<String> towns = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String town = newTownCode();
            createPolicy(town, policy("2024-01-01", null, List.of(
                    rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80")))));
            record(town, "2025-0" + (1 + i % 9), "TAX_NEW_ENTERPRISE", "1000.00");
            towns.add(town);
        }
        long few = queriesFor(towns.subList(0, 2));
        long many = queriesFor(towns);
        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
    }
}
