package org.townreform.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The same queries through an off-the-shelf Federation gateway ({@code @graphql-hive/gateway} with Hive's Rust query
 * planner, over the supergraph its composer builds from the live services: {@link HivePeer}) and through ours give the
 * same data.
 */
@QuarkusTest
@TestProfile(E2eProfile.class)
class PeerComparisonE2eTest extends E2eTestBase {
    @Test
    void theCountyDashboardIsTheSame() {
        assertSameData(supervisor(), DASHBOARD, Map.of("year", YEAR));
    }

    @Test
    void aPageOfTownsIsTheSame() {
        assertSameData(supervisor(), TOWNS, Map.of("first", 7, "year", YEAR));
    }

    @Test
    void aTownUsersViewIsTheSame() {
        assertSameData(DevTokens.town("town-leader", LINXI), TOWNS, Map.of("first", 50, "year", YEAR));
    }

    @Test
    void crossServiceLinksAreTheSame() {
        String query = """
                query($c: String!, $y: Int!) {
                  townApplications(townCode: $c, limit: 20) {
                    items { id state decision { outcome reviewer { id name town { code name fiscal(year: $y) { revenue }
                      licensing { overdueCases } } } } }
                  }
                }""";
        Response ours = assertSameData(supervisor(), query, Map.of("c", SHILONG, "y", YEAR));
        // license-service -> personnel-service (reviewer) -> fiscal-service and license-service (the reviewer's town)
        assertThat(ours.jsonPath().getList("data.townApplications.items.decision.reviewer.town.fiscal.revenue"))
                .as(Gql.brief(ours)).anyMatch(revenue -> revenue != null);
    }

    private static Response assertSameData(String token, String query, Map<String, Object> variables) {
        Response peer = Gql.post(HivePeer.graphqlUrl(), token, query, variables);
        Response ours = Gql.post(Gql.gateway(), token, query, variables);

        peer.then().statusCode(200);
        ours.then().statusCode(200);
        assertThat(peer.jsonPath().getList("errors")).as("the peer's answer " + Gql.brief(peer)).isNullOrEmpty();
        assertThat(ours.jsonPath().getList("errors")).as("our answer " + Gql.brief(ours)).isNullOrEmpty();
        Map<String, Object> data = ours.jsonPath().getMap("data");
        assertThat(data).isNotEmpty();
        assertThat(data).as("our data vs the peer's").isEqualTo(peer.jsonPath().getMap("data"));
        return ours;
    }
}
