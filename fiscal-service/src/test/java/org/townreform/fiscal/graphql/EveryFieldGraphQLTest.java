package org.townreform.fiscal.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.common.testing.graphql.EveryFieldContract.firstId;
import static org.townreform.common.testing.graphql.EveryFieldContract.quoted;
import static org.townreform.fiscal.Fixtures.as;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.graphql.EveryFieldContract;
import org.townreform.fiscal.demo.DemoDataTest;
import org.townreform.testing.graphql.EveryFieldQuery;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Any combination of fiscal-service's fields is a valid query, read by a county-wide role over the demo data. */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class EveryFieldGraphQLTest {
    private static final String PUCHANG = "520323104";

    @Test
    void everyGraphQLApiQueuesItsDatabaseWork() {
        EveryFieldContract.everyGraphQLApiIsInTheLane();
    }

    @Test
    void everyFieldToDepthFourAnswersWithoutAnInternalError() {
        String policy = firstId(as("supervisor"), "/api/v1/towns/" + PUCHANG + "/policies?limit=1");
        String entry = firstId(as("supervisor"), "/api/v1/towns/" + PUCHANG + "/revenue?year=2025&limit=1");
        Map<String, String> samples = Map.ofEntries(
                Map.entry("townCode", quoted(PUCHANG)), Map.entry("townCodes", "[" + quoted(PUCHANG) + "]"),
                Map.entry("year", "2025"), Map.entry("period", quoted("2025-06")), Map.entry("limit", "3"),
                Map.entry("Query.policy.id", quoted(policy)), Map.entry("Query.revenueEntry.id", quoted(entry)),
                Map.entry("representations", "[{__typename: \"Town\", code: " + quoted(PUCHANG) + "}]"));
        EveryFieldQuery every = EveryFieldContract.check(as("supervisor"), as("supervisor"), "/graphql", samples, Set.of(),
                4);
        assertThat(every.selected()).contains("Query._entities", "Town.fiscal", "Query.yearReturns").hasSizeGreaterThan(80);
    }
}
