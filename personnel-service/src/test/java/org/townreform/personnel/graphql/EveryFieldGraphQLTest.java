package org.townreform.personnel.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;
import static org.townreform.common.testing.graphql.EveryFieldContract.firstId;
import static org.townreform.common.testing.graphql.EveryFieldContract.quoted;
import static org.townreform.personnel.Fixtures.as;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.graphql.EveryFieldContract;
import org.townreform.personnel.demo.DemoDataTest;
import org.townreform.testing.graphql.EveryFieldQuery;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Any combination of personnel-service's fields is a valid query, read by a county-wide role over the demo data. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemo.class)
class EveryFieldGraphQLTest {
    private static final String SHILONG = "441900113";

    @Test
    void siblingFieldsThatEachReadTheDatabaseAnswerTogether() {
        as("supervisor").body(Map.of("query", "{ town(code: \"" + SHILONG + "\") { name personnel { rotationDue } "
                + "organisation { name } } }")).post("/graphql").then().statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.town.personnel", notNullValue())
                .body("data.town.organisation", org.hamcrest.Matchers.not(empty()));
    }

    @Test
    void everyGraphQLApiQueuesItsDatabaseWork() {
        EveryFieldContract.everyGraphQLApiIsInTheLane();
    }

    @Test
    void everyFieldToDepthFourAnswersWithoutAnInternalError() {
        String unit = firstId(as("supervisor"), "/api/v1/towns/" + SHILONG + "/units?limit=1");
        String appointment = firstId(as("supervisor"), "/api/v1/towns/" + SHILONG + "/appointments?limit=1");
        String adjustment = firstId(as("supervisor"), "/api/v1/towns/" + SHILONG + "/adjustment-requests?limit=1");
        String registration = firstId(as("supervisor"), "/api/v1/units/" + unit + "/registrations?limit=1");
        String person = "90101";
        Map<String, String> samples = Map.ofEntries(
                Map.entry("code", quoted(SHILONG)), Map.entry("townCode", quoted(SHILONG)),
                Map.entry("townCodes", "[" + quoted(SHILONG) + "]"), Map.entry("year", "2025"),
                // first only: a connection refuses first given with its older limit
                Map.entry("first", "3"),
                Map.entry("Query.person.id", quoted(person)), Map.entry("Query.people.ids", "[" + quoted(person) + "]"),
                Map.entry("personId", quoted(person)), Map.entry("unitId", quoted(unit)),
                Map.entry("Query.unit.id", quoted(unit)), Map.entry("Query.units.ids", "[" + quoted(unit) + "]"),
                Map.entry("Query.appointment.id", quoted(appointment)),
                Map.entry("Query.adjustmentRequest.id", quoted(adjustment)),
                Map.entry("Query.registration.id", quoted(registration)),
                Map.entry("Query.assessment.id", quoted("1")),
                Map.entry("department", quoted("东莞市城市管理综合执法局")),
                Map.entry("representations", "[{__typename: \"Town\", code: " + quoted(SHILONG) + "}, "
                        + "{__typename: \"Person\", id: " + quoted(person) + "}, {__typename: \"OrgUnit\", id: "
                        + quoted(unit) + "}]"));
        EveryFieldQuery every = EveryFieldContract.check(as("supervisor"), as("supervisor"), "/graphql", samples, Set.of(),
                4);
        assertThat(every.selected()).contains("Query.town", "Town.personnel", "Town.organisation", "Query._entities")
                .hasSizeGreaterThan(150);
    }
}
