package org.townreform.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The gateway passes the caller's token to every service and widens no access: a town user sees their own town with
 * its figures from all three services, and no other town by any road.
 */
@QuarkusTest
@TestProfile(E2eProfile.class)
class TownScopeE2eTest extends E2eTestBase {
    private static final String TOWN = """
            query($c: String!, $y: Int!) {
              town(code: $c) { code name personnel { %s } fiscal(year: $y) { %s } licensing { %s } }
            }""".formatted(PERSONNEL, FISCAL, LICENSING);

    private final String clerk = DevTokens.town("town-clerk", SHILONG);

    @Test
    void aTownUserSeesTheirOwnTownWithFiguresFromAllThreeServices() {
        Response r = Gql.post(Gql.gateway(), clerk, TOWN, Map.of("c", SHILONG, "y", YEAR));

        r.then().statusCode(200);
        assertThat(r.jsonPath().getList("errors")).as(Gql.brief(r)).isNullOrEmpty();
        assertThat(r.jsonPath().getString("data.town.name")).isEqualTo("石龙镇");
        assertThat(r.jsonPath().getMap("data.town")).extractingByKeys("personnel", "fiscal", "licensing")
                .doesNotContainNull();
    }

    @Test
    void anotherTownIsRefusedWithTheServicesCode() {
        Response r = Gql.post(Gql.gateway(), clerk, TOWN, Map.of("c", PUCHANG, "y", YEAR));

        r.then().statusCode(200);
        assertThat(r.jsonPath().getMap("data")).containsEntry("town", null);
        assertThat(Gql.codes(r)).containsExactly("TOWN_OUT_OF_SCOPE");
        assertThat(r.jsonPath().getList("errors[0].path")).containsExactly("town");
        assertThat(r.asString()).doesNotContain("蒲场镇");
    }

    @Test
    void theTownListHoldsOnlyTheirOwnTown() {
        Response r = Gql.post(Gql.gateway(), clerk, TOWNS, Map.of("first", 50, "year", YEAR));

        r.then().statusCode(200);
        assertThat(r.jsonPath().getList("errors")).as(Gql.brief(r)).isNullOrEmpty();
        assertThat(r.jsonPath().getInt("data.towns.totalCount")).isEqualTo(1);
        assertThat(r.jsonPath().getList("data.towns.edges.node.code")).containsExactly(SHILONG);
        assertThat(r.jsonPath().getList("data.towns.edges.node.fiscal")).doesNotContainNull();
    }

    @Test
    void theCountyDashboardNeedsACountyWideRole() {
        Response r = Gql.post(Gql.gateway(), clerk, DASHBOARD, Map.of("year", YEAR));

        r.then().statusCode(200);
        assertThat(r.jsonPath().getMap("data")).containsEntry("countyDashboard", null);
        assertThat(Gql.codes(r)).containsExactly("COUNTY_ROLE_REQUIRED");
        assertThat(r.asString()).doesNotContain("蒲场镇").doesNotContain("临溪镇");
    }

    @Test
    void entityLookupsAreNotAPublicBackDoor() {
        Response r = Gql.post(Gql.gateway(), clerk, """
                { _entities(representations: [{__typename: "Town", code: "%s"}]) { ... on Town { name fiscal(year: %d) \
                { revenue } } } }""".formatted(PUCHANG, YEAR));

        assertThat(r.statusCode()).isIn(200, 400);
        assertThat(r.jsonPath().getList("errors")).as(Gql.brief(r)).isNotEmpty();
        Object entities = r.jsonPath().get("data._entities");
        assertThat(entities == null || ((List<?>) entities).stream().allMatch(e -> e == null)).as(Gql.brief(r)).isTrue();
        assertThat(r.asString()).doesNotContain("蒲场镇");
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        Response r = Gql.post(Gql.gateway(), null, TOWN, Map.of("c", SHILONG, "y", YEAR));

        assertThat(r.statusCode()).isIn(200, 401);
        assertThat(r.asString()).doesNotContain("石龙镇");
    }
}
