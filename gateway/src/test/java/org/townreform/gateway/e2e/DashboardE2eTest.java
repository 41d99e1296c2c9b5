package org.townreform.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.gateway.e2e.E2eServices.Service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The county dashboard through the gateway, over the three real services: every town, each with the figures of all
 * three, equal to what each service answers for itself.
 */
@QuarkusTest
@TestProfile(E2eProfile.class)
class DashboardE2eTest extends E2eTestBase {
    @Test
    void theDashboardShowsEveryTownWithFiguresFromAllThreeServices() {
        Response r = Gql.post(Gql.gateway(), supervisor(), DASHBOARD, Map.of("year", YEAR));
        r.then().statusCode(200);
        assertThat(r.jsonPath().getList("errors")).as(Gql.brief(r)).isNullOrEmpty();
        assertThat(r.jsonPath().getInt("data.countyDashboard.year")).isEqualTo(YEAR);
        List<Map<String, Object>> towns = r.jsonPath().getList("data.countyDashboard.towns");
        assertThat(towns).extracting(t -> t.get("code")).containsExactlyInAnyOrderElementsOf(allTownCodes());
        assertThat(towns).allSatisfy(t -> assertThat(t).extractingByKeys("name", "personnel", "fiscal", "licensing")
                .doesNotContainNull());

        // Real figures from each service, not empty defaults: 石龙镇 as the demo data records it.
        Map<String, Object> shilong = towns.stream().filter(t -> SHILONG.equals(t.get("code"))).findFirst().orElseThrow();
        assertThat(shilong.get("name")).isEqualTo("石龙镇");
        assertThat(r.jsonPath().getInt("data.countyDashboard.towns.find { it.code == '" + SHILONG
                + "' }.personnel.staffing.total.quota")).isPositive();
        assertThat(new BigDecimal(r.jsonPath().getString("data.countyDashboard.towns.find { it.code == '" + SHILONG
                + "' }.fiscal.revenue"))).isPositive();
        List<Integer> byState = r.jsonPath().getList("data.countyDashboard.towns.find { it.code == '" + SHILONG
                + "' }.licensing.applicationsByState.count", Integer.class);
        assertThat(byState.stream().mapToInt(Integer::intValue).sum()).isPositive();
    }

    @Test
    void eachTownsFiguresAreTheOwningServicesOwn() {
        Response viaGateway = Gql.post(Gql.gateway(), supervisor(), DASHBOARD, Map.of("year", YEAR));
        viaGateway.then().statusCode(200);
        assertThat(viaGateway.jsonPath().getList("errors")).as(Gql.brief(viaGateway)).isNullOrEmpty();
        List<String> codes = viaGateway.jsonPath().getList("data.countyDashboard.towns.code");
        assertThat(codes).hasSize(E2eServices.TOWNS);

        Response personnel = Gql.post(Gql.service(Service.PERSONNEL), supervisor(),
                "query($c: [String]!) { personnelSummaries(townCodes: $c) { " + PERSONNEL + " } }", Map.of("c", codes));
        Response fiscal = Gql.post(Gql.service(Service.FISCAL), supervisor(),
                "query($c: [String!]!, $y: Int!) { fiscalYearViews(townCodes: $c, year: $y) { " + FISCAL + " } }",
                Map.of("c", codes, "y", YEAR));
        Response licensing = Gql.post(Gql.service(Service.LICENSE), supervisor(),
                "query($c: [String!]!) { licensingViews(townCodes: $c) { " + LICENSING + " } }", Map.of("c", codes));
        for (Response direct : List.of(personnel, fiscal, licensing)) {
            direct.then().statusCode(200);
            assertThat(direct.jsonPath().getList("errors")).as(Gql.brief(direct)).isNullOrEmpty();
        }

        assertThat(viaGateway.jsonPath().getList("data.countyDashboard.towns.personnel"))
                .isEqualTo(personnel.jsonPath().getList("data.personnelSummaries"));
        assertThat(viaGateway.jsonPath().getList("data.countyDashboard.towns.fiscal"))
                .isEqualTo(fiscal.jsonPath().getList("data.fiscalYearViews"));
        assertThat(viaGateway.jsonPath().getList("data.countyDashboard.towns.licensing"))
                .isEqualTo(licensing.jsonPath().getList("data.licensingViews"));
    }

    @Test
    void townsIsACursorConnectionOverTheFiftyTowns() {
        Response first = Gql.post(Gql.gateway(), supervisor(), TOWNS, Map.of("first", 20, "year", YEAR));
        first.then().statusCode(200);
        assertThat(first.jsonPath().getList("errors")).as(Gql.brief(first)).isNullOrEmpty();
        assertThat(first.jsonPath().getInt("data.towns.totalCount")).isEqualTo(E2eServices.TOWNS);
        List<String> page1 = first.jsonPath().getList("data.towns.edges.node.code");
        assertThat(page1).containsExactlyElementsOf(allTownCodes().subList(0, 20));

        String cursor = first.jsonPath().getString("data.towns.edges[19].cursor");
        Response second = Gql.post(Gql.gateway(), supervisor(),
                "query($after: String, $y: Int!) { towns(first: 50, after: $after) { edges { node { code fiscal(year: $y)"
                        + " { revenue } licensing { overdueCases } } } pageInfo { hasNextPage } } }",
                Map.of("after", cursor, "y", YEAR));
        second.then().statusCode(200);
        assertThat(second.jsonPath().getList("errors")).as(Gql.brief(second)).isNullOrEmpty();
        assertThat(second.jsonPath().getList("data.towns.edges.node.code", String.class))
                .containsExactlyElementsOf(allTownCodes().subList(20, E2eServices.TOWNS));
        assertThat(second.jsonPath().getList("data.towns.edges.node.fiscal")).doesNotContainNull();
        assertThat(second.jsonPath().getList("data.towns.edges.node.licensing")).doesNotContainNull();
    }
}
