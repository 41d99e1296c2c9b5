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
 * The number of downstream requests depends on the query's shape, not on the number of towns: the same query over 1 and
 * over 50 towns reaches each service the same number of times, at most once per level of nesting (here: one level of
 * towns, joined by fiscal-service and license-service). Counted by the services themselves ({@code /q/metrics}), and by
 * the gateway's own {@code gateway_downstream_requests_total}.
 */
@QuarkusTest
@TestProfile(E2eProfile.class)
class DownstreamRequestsE2eTest extends E2eTestBase {
    @Test
    void oneTownAndFiftyTownsCostTheSameDownstreamRequests() {
        Map<Service, Long> one = downstreamRequests(1);
        Map<Service, Long> fifty = downstreamRequests(E2eServices.TOWNS);

        assertThat(fifty).isEqualTo(one);
        assertThat(one).containsEntry(Service.PERSONNEL, 1L).containsEntry(Service.FISCAL, 1L)
                .containsEntry(Service.LICENSE, 1L);
    }

    @Test
    void theCountyDashboardCostsOneRequestPerService() {
        Map<Service, Long> before = ServiceMetrics.graphqlRequests();
        Response r = Gql.post(Gql.gateway(), supervisor(), DASHBOARD, Map.of("year", YEAR));
        Map<Service, Long> delta = ServiceMetrics.delta(before, ServiceMetrics.graphqlRequests());

        r.then().statusCode(200);
        assertThat(r.jsonPath().getList("data.countyDashboard.towns")).hasSize(E2eServices.TOWNS);
        assertThat(delta).containsEntry(Service.PERSONNEL, 1L).containsEntry(Service.FISCAL, 1L)
                .containsEntry(Service.LICENSE, 1L);
    }

    @Test
    void theGatewayCountsItsDownstreamRequestsLikeTheServicesDo() {
        Assumptions.assumeFalse(Gql.againstPeer(), "our gateway's own metric");
        String metrics = Gql.gateway().replace("/graphql", "/q/metrics");
        long gatewayBefore = ServiceMetrics.sum(ServiceMetrics.scrape(metrics), "gateway_downstream_requests_total{",
                null);
        Map<Service, Long> before = ServiceMetrics.graphqlRequests();

        Gql.post(Gql.gateway(), supervisor(), TOWNS, Map.of("first", 10, "year", YEAR)).then().statusCode(200);

        Map<Service, Long> delta = ServiceMetrics.delta(before, ServiceMetrics.graphqlRequests());
        String after = ServiceMetrics.scrape(metrics);
        long gatewayDelta = ServiceMetrics.sum(after, "gateway_downstream_requests_total{", null) - gatewayBefore;
        assertThat(gatewayDelta).as("gateway_downstream_requests_total in\n" + after)
                .isEqualTo(delta.values().stream().mapToLong(Long::longValue).sum());
        for (Service s : Service.values()) {
            assertThat(after).as("a downstream series per service").containsPattern(
                    "gateway_downstream_requests_total\\{[^}]*\"" + s.key() + "[^\"]*\"");
        }
    }

    private Map<Service, Long> downstreamRequests(int towns) {
        Map<Service, Long> before = ServiceMetrics.graphqlRequests();
        Response r = Gql.post(Gql.gateway(), supervisor(), TOWNS, Map.of("first", towns, "year", YEAR));
        Map<Service, Long> delta = ServiceMetrics.delta(before, ServiceMetrics.graphqlRequests());
        r.then().statusCode(200);
        assertThat(r.jsonPath().getList("errors")).as(Gql.brief(r)).isNullOrEmpty();
        assertThat(r.jsonPath().getList("data.towns.edges")).hasSize(towns);
        assertThat(r.jsonPath().getList("data.towns.edges.node.fiscal")).doesNotContainNull();
        assertThat(r.jsonPath().getList("data.towns.edges.node.licensing")).doesNotContainNull();
        return delta;
    }
}
