package org.townreform.personnel.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.personnel.Fixtures.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.graphql.ConnectionContract;
import org.townreform.personnel.demo.DemoDataTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Every list of personnel-service's schema in this scope that grows is a Relay cursor connection, paged over the demo data. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemo.class)
class ConnectionsGraphQLTest {
    private static final String SHILONG = "441900113";
    private static final String IN_SHILONG = "townCode: \"" + SHILONG + "\"";

    @Test
    void townPeople() {
        // 石龙镇's demo staff: 39 people
        ConnectionContract.check(() -> as("supervisor"), "townPeople", IN_SHILONG, "id", 39);
    }

    @Test
    void townUnits() {
        // 石龙镇's organisation as the first source document lists it: 47 units, merged ones included
        ConnectionContract.check(() -> as("supervisor"), "townUnits", IN_SHILONG, "id", 47);
    }

    @Test
    void unitRegistrations() {
        // 城市管理综合执法分局 has seven demo registrations
        JsonPath units = post(
                "{ townUnits(" + IN_SHILONG + ", q: \"城市管理综合执法分局\", first: 200) { edges { node { id name } } } }");
        String unit = units.getString("data.townUnits.edges.node.find { it.name == '城市管理综合执法分局' }.id");
        assertThat(unit).isNotNull();
        ConnectionContract.check(() -> as("supervisor"), "unitRegistrations", "unitId: \"" + unit + "\", all: true", "id", 7);
    }

    /**
     * towns is the older connection (edges, pageInfo, totalCount; no items or limit/cursor), so ConnectionContract does
     * not fit it: the same walk two at a time, with common's PageInfo told truthfully at every step.
     */
    @Test
    void towns() {
        JsonPath all = post("{ towns(first: 200) { totalCount edges { cursor node { code } } "
                + "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }");
        List<Object> expected = all.getList("data.towns.edges.node.code");
        assertThat(expected).as("the demo's three towns at least").hasSizeGreaterThanOrEqualTo(3);
        assertThat(all.getLong("data.towns.totalCount")).isEqualTo(expected.size());
        assertThat(all.getBoolean("data.towns.pageInfo.hasNextPage")).isFalse();
        assertThat(all.getBoolean("data.towns.pageInfo.hasPreviousPage")).isFalse();

        List<Object> paged = new ArrayList<>();
        String after = null;
        for (int round = 0; round < 200; round++) {
            JsonPath page = post("{ towns(first: 2" + (after == null ? "" : ", after: \"" + after + "\"")
                    + ") { totalCount edges { cursor node { code } } "
                    + "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }");
            List<String> cursors = page.getList("data.towns.edges.cursor");
            paged.addAll(page.getList("data.towns.edges.node.code"));
            assertThat(page.getLong("data.towns.totalCount")).isEqualTo(expected.size());
            assertThat(page.getBoolean("data.towns.pageInfo.hasPreviousPage")).as("hasPreviousPage").isEqualTo(after != null);
            if (!cursors.isEmpty()) {
                assertThat(page.getString("data.towns.pageInfo.startCursor")).isEqualTo(cursors.get(0));
                assertThat(page.getString("data.towns.pageInfo.endCursor")).isEqualTo(cursors.get(cursors.size() - 1));
            }
            if (!page.getBoolean("data.towns.pageInfo.hasNextPage")) {
                break;
            }
            assertThat(cursors).hasSize(2);
            after = page.getString("data.towns.pageInfo.endCursor");
        }
        assertThat(paged).as("towns read two at a time").isEqualTo(expected);

        refused("{ towns(first: 2, after: \"abc\") { totalCount } }", "INVALID_CURSOR");
        refused("{ towns(first: 0) { totalCount } }", "VALIDATION_FAILED");
    }

    private static JsonPath post(String query) {
        JsonPath answer = as("supervisor").body(Map.of("query", query)).post("/graphql").then().statusCode(200).extract()
                .jsonPath();
        assertThat(answer.getList("errors")).as(query).isNull();
        return answer;
    }

    private static void refused(String query, String code) {
        JsonPath answer = as("supervisor").body(Map.of("query", query)).post("/graphql").then().statusCode(200).extract()
                .jsonPath();
        assertThat(answer.getString("errors[0].extensions.code")).as(query).isEqualTo(code);
        assertThat(answer.getInt("errors[0].extensions.status")).as(query).isEqualTo(400);
    }
}
