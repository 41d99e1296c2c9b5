package org.townreform.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.townreform.gateway.e2e.E2eServices.Service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Queries the gateway refuses before asking any service: too deep, malformed, not in the schema. Never a 500.
 */
@QuarkusTest
@TestProfile(E2eProfile.class)
class QueryLimitsE2eTest extends E2eTestBase {
    @Test
    void aTooDeepQueryIsRefusedBeforeAnyServiceIsAsked() {
        // The composed schema has no cycle (its deepest road is 9 levels), so depth comes from introspection's ofType.
        String deep = "{ __schema { types { fields { type { " + "ofType { ".repeat(25) + "name" + " }".repeat(25)
                + " } } } } }";
        assertRefusedWithoutDownstreamCalls(deep);
    }

    @Test
    void aQueryWithOneTooDeepPartIsRefusedWhole() {
        // Every other part is a fine query over the data: none of it may reach a service.
        String deep = "{ towns(first: 1) { edges { node { code } } } "
                + "townApplications(townCode: \"" + SHILONG + "\") { items { decision { reviewer { town { personnel {"
                + " staffing { administrative { quota } } } } } } } } "
                + "x: __schema { queryType { fields { type { " + "ofType { ".repeat(25) + "name" + " }".repeat(25)
                + " } } } } }";
        assertRefusedWithoutDownstreamCalls(deep);
    }

    @Test
    void malformedQueriesAreRefusedWithAClearError() {
        for (String bad : new String[]{"{ towns(first: 1) { edges { node { code } }", "{ noSuchField }",
                "{ towns(first: \"many\") { totalCount } }", "query { town { code } }"}) {
            assertRefusedWithoutDownstreamCalls(bad);
        }
    }

    @Test
    void aBodyThatIsNotGraphQLIsNeverA500() {
        Response r = Gql.request(supervisor()).body("{\"query\": 42}").post(Gql.gateway());
        assertThat(r.statusCode()).as(Gql.brief(r)).isIn(200, 400);

        Response notJson = Gql.request(supervisor()).body("not json").post(Gql.gateway());
        assertThat(notJson.statusCode()).as(Gql.brief(notJson)).isIn(200, 400, 415);
    }

    private void assertRefusedWithoutDownstreamCalls(String query) {
        Assumptions.assumeFalse(Gql.againstPeer() && query.contains("ofType"), "Hive Gateway sets no depth limit");
        Map<Service, Long> before = ServiceMetrics.graphqlRequests();
        Response r = Gql.post(Gql.gateway(), supervisor(), query);
        Map<Service, Long> delta = ServiceMetrics.delta(before, ServiceMetrics.graphqlRequests());

        assertThat(r.statusCode()).as(Gql.brief(r)).isIn(200, 400);
        assertThat(r.jsonPath().getList("errors")).as(Gql.brief(r)).isNotEmpty();
        assertThat(r.jsonPath().getString("errors[0].message")).as(Gql.brief(r)).isNotBlank();
        Object data = r.jsonPath().get("data");
        assertThat(data).as(Gql.brief(r)).isNull();
        assertThat(delta.values()).as("downstream requests for a refused query").containsOnly(0L);
    }
}
