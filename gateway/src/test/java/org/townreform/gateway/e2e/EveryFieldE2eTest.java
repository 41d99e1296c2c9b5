package org.townreform.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.townreform.gateway.e2e.E2eServices.Service;
import org.townreform.testing.graphql.DocumentedErrors;
import org.townreform.testing.graphql.EveryFieldQuery;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Any combination of fields is a valid query through the gateway too: one query, built from the gateway's own
 * introspection, selects every field of the composed schema reachable to depth 4 (all three services side by side,
 * entities across services inside each other), read by a county-wide role over the demo data. No error but a documented
 * business code may come back.
 */
@QuarkusTest
@TestProfile(EveryFieldE2eTest.Unlimited.class)
class EveryFieldE2eTest extends E2eTestBase {
    /** The every-field query is about 1,000 fields: far above the complexity a client may send by default. */
    public static class Unlimited extends E2eProfile {
        @Override
        public Map<String, String> getConfigOverrides() { return Map.of("townreform.gateway.max-complexity", "1000000"); }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFieldToDepthFourAnswersWithoutAnInternalError() {
        String token = supervisor();
        Response introspection = Gql.post(Gql.gateway(), token, EveryFieldQuery.INTROSPECTION);
        introspection.then().statusCode(200);
        Map<String, Object> schema = introspection.jsonPath().getMap("data");

        String unit = firstId(Service.PERSONNEL, "/api/v1/towns/" + SHILONG + "/units?limit=1");
        String appointment = firstId(Service.PERSONNEL, "/api/v1/towns/" + SHILONG + "/appointments?limit=1");
        String adjustment = firstId(Service.PERSONNEL, "/api/v1/towns/" + SHILONG + "/adjustment-requests?limit=1");
        String registration = firstId(Service.PERSONNEL, "/api/v1/units/" + unit + "/registrations?limit=1");
        String policy = firstId(Service.FISCAL, "/api/v1/towns/" + SHILONG + "/policies?limit=1");
        String entry = firstId(Service.FISCAL, "/api/v1/towns/" + SHILONG + "/revenue?year=" + YEAR + "&limit=1");
        String agreement = firstId(Service.LICENSE, "/api/v1/agreements?town=" + SHILONG + "&limit=1");
        String application = firstId(Service.LICENSE, "/api/v1/towns/" + SHILONG + "/applications?limit=1");
        String complaint = firstId(Service.LICENSE, "/api/v1/towns/" + SHILONG + "/complaints?limit=1");
        List<Object> items = Gql.request(token).get(Service.LICENSE.baseUrl() + "/api/v1/items?limit=1").then()
                .statusCode(200).extract().path("items.code");
        String person = "90101";
        Map<String, String> samples = Map.ofEntries(
                Map.entry("code", q(SHILONG)), Map.entry("townCode", q(SHILONG)), Map.entry("town", q(SHILONG)),
                Map.entry("townCodes", "[" + q(SHILONG) + "]"), Map.entry("year", Integer.toString(YEAR)),
                Map.entry("period", q(YEAR + "-06")), Map.entry("first", "3"), Map.entry("limit", "3"),
                Map.entry("Query.person.id", q(person)), Map.entry("Query.people.ids", "[" + q(person) + "]"),
                Map.entry("personId", q(person)), Map.entry("unitId", q(unit)), Map.entry("Query.unit.id", q(unit)),
                Map.entry("Query.units.ids", "[" + q(unit) + "]"), Map.entry("Query.appointment.id", q(appointment)),
                Map.entry("Query.adjustmentRequest.id", q(adjustment)),
                Map.entry("Query.registration.id", q(registration)), Map.entry("Query.assessment.id", q("1")),
                Map.entry("department", q("东莞市城市管理综合执法局")),
                Map.entry("Query.policy.id", q(policy)), Map.entry("Query.revenueEntry.id", q(entry)),
                Map.entry("Query.item.code", q(String.valueOf(items.get(0)))),
                Map.entry("Query.agreement.id", q(agreement)), Map.entry("agreementId", q(agreement)),
                Map.entry("Query.application.id", q(application)), Map.entry("Query.complaint.id", q(complaint)),
                Map.entry("Query.rectification.id", q("1")));
        EveryFieldQuery every = new EveryFieldQuery(schema, samples, Set.of(), 4);
        assertThat(every.skipped()).as("fields left out for want of a sample argument").isEmpty();

        Response r = Gql.post(Gql.gateway(), token, every.query());
        r.then().statusCode(200);
        Map<String, Object> answer = r.as(Map.class);
        assertThat(DocumentedErrors.undocumented(answer, DocumentedErrors.codes()))
                .as("errors of the every-field query (" + every.selected().size() + " fields):\n" + every.query())
                .isEmpty();
        assertThat(answer.get("data")).as("data of the every-field query").isNotNull();
        assertThat(every.selected()).contains("Query.town", "Town.personnel", "Town.organisation", "Town.fiscal",
                "Town.licensing", "Query.countyDashboard", "Query.townApplications", "Query.yearReturns")
                .hasSizeGreaterThan(400);
    }

    /** The id of the first item of a service's REST list, or {@code "1"} (a missing one) when it is empty. */
    private static String firstId(Service s, String path) {
        List<Object> ids = Gql.request(supervisor()).get(s.baseUrl() + path).then().statusCode(200).extract()
                .path("items.id");
        return ids.isEmpty() ? "1" : String.valueOf(ids.get(0));
    }

    private static String q(String s) {
        return "\"" + s + "\"";
    }
}
