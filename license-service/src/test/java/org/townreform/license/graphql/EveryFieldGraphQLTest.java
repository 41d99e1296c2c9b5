package org.townreform.license.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.common.testing.graphql.EveryFieldContract.firstId;
import static org.townreform.common.testing.graphql.EveryFieldContract.quoted;
import static org.townreform.license.Fixtures.as;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.graphql.EveryFieldContract;
import org.townreform.license.demo.DemoDataTest;
import org.townreform.testing.graphql.EveryFieldQuery;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Any combination of license-service's fields is a valid query, read by a county-wide role over the demo data. */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class EveryFieldGraphQLTest {
    private static final String SHILONG = "441900113";

    @Test
    void everyGraphQLApiQueuesItsDatabaseWork() {
        EveryFieldContract.everyGraphQLApiIsInTheLane();
    }

    @Test
    void everyFieldToDepthFourAnswersWithoutAnInternalError() {
        String agreement = firstId(as("supervisor"), "/api/v1/agreements?town=" + SHILONG + "&limit=1");
        String application = firstId(as("supervisor"), "/api/v1/towns/" + SHILONG + "/applications?limit=1");
        String complaint = firstId(as("supervisor"), "/api/v1/towns/" + SHILONG + "/complaints?limit=1");
        List<Object> items = as("supervisor").get("/api/v1/items?limit=1").then().statusCode(200).extract()
                .path("items.code");
        Map<String, String> samples = Map.ofEntries(
                Map.entry("townCode", quoted(SHILONG)), Map.entry("townCodes", "[" + quoted(SHILONG) + "]"),
                Map.entry("town", quoted(SHILONG)), Map.entry("limit", "3"),
                Map.entry("Query.item.code", quoted(String.valueOf(items.get(0)))),
                Map.entry("Query.agreement.id", quoted(agreement)), Map.entry("agreementId", quoted(agreement)),
                Map.entry("Query.application.id", quoted(application)),
                Map.entry("Query.complaint.id", quoted(complaint)), Map.entry("Query.rectification.id", quoted("1")),
                Map.entry("representations", "[{__typename: \"Town\", code: " + quoted(SHILONG) + "}]"));
        EveryFieldQuery every = EveryFieldContract.check(as("supervisor"), as("supervisor"), "/graphql", samples, Set.of(),
                4);
        assertThat(every.selected()).contains("Query._entities", "Town.licensing", "Query.townApplications")
                .hasSizeGreaterThan(80);
    }
}
