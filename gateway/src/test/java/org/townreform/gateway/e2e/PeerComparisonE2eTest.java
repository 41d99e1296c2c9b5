package org.townreform.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The same queries through each off-the-shelf Federation gateway ({@link PeerGateway}: {@code @graphql-hive/gateway}
 * with Hive's Rust query planner over the supergraph its composer builds from the live services, and
 * {@code @apollo/gateway} composing by introspection) and through ours give the same data. Numbers compare by value
 * (a JavaScript gateway writes {@code 4.50} as {@code 4.5}); everything else exactly.
 */
@QuarkusTest
@TestProfile(E2eProfile.class)
class PeerComparisonE2eTest extends E2eTestBase {
    @ParameterizedTest
    @EnumSource(PeerGateway.class)
    void theCountyDashboardIsTheSame(PeerGateway peer) {
        assertSameData(peer, supervisor(), DASHBOARD, Map.of("year", YEAR));
    }

    @ParameterizedTest
    @EnumSource(PeerGateway.class)
    void aPageOfTownsIsTheSame(PeerGateway peer) {
        assertSameData(peer, supervisor(), TOWNS, Map.of("first", 7, "year", YEAR));
    }

    @ParameterizedTest
    @EnumSource(PeerGateway.class)
    void aTownUsersViewIsTheSame(PeerGateway peer) {
        assertSameData(peer, DevTokens.town("town-leader", LINXI), TOWNS, Map.of("first", 50, "year", YEAR));
    }

    @ParameterizedTest
    @EnumSource(PeerGateway.class)
    void crossServiceLinksAreTheSame(PeerGateway peer) {
        String query = """
                query($c: String!, $y: Int!) {
                  townApplications(townCode: $c, limit: 20) {
                    items { id state decision { outcome reviewer { id name town { code name fiscal(year: $y) { revenue }
                      licensing { overdueCases } } } } }
                  }
                }""";
        Response ours = assertSameData(peer, supervisor(), query, Map.of("c", SHILONG, "y", YEAR));
        // license-service -> personnel-service (reviewer) -> fiscal-service and license-service (the reviewer's town)
        assertThat(ours.jsonPath().getList("data.townApplications.items.decision.reviewer.town.fiscal.revenue"))
                .as(Gql.brief(ours)).anyMatch(revenue -> revenue != null);
    }

    private static Response assertSameData(PeerGateway peer, String token, String query,
            Map<String, Object> variables) {
        Response theirs = Gql.post(peer.graphqlUrl(), token, query, variables);
        Response ours = Gql.post(Gql.gateway(), token, query, variables);

        theirs.then().statusCode(200);
        ours.then().statusCode(200);
        assertThat(theirs.jsonPath().getList("errors")).as(peer + "'s answer " + Gql.brief(theirs)).isNullOrEmpty();
        assertThat(ours.jsonPath().getList("errors")).as("our answer " + Gql.brief(ours)).isNullOrEmpty();
        Map<String, Object> data = ours.jsonPath().getMap("data");
        assertThat(data).isNotEmpty();
        assertThat(byValue(data)).as("our data vs " + peer + "'s").isEqualTo(byValue(theirs.jsonPath().getMap("data")));
        return ours;
    }

    /** The same tree with every number in its shortest form (4.50 and 4.5 compare equal; "4.50" stays a string). */
    static Object byValue(Object value) {
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, byValue(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PeerComparisonE2eTest::byValue).toList();
        }
        return value;
    }
}
