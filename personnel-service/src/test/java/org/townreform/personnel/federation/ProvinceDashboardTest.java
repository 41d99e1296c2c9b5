package org.townreform.personnel.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.personnel.Fixtures.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * A county dashboard of any size answers: a province of 1,000 towns in one query, every town with its personnel
 * figures and organisation (a batch used to stop at 200 towns and answer only errors).
 */
@QuarkusTest
class ProvinceDashboardTest {
    private static final int TOWNS = 1_000;

    @Inject
    Pool pool;

    @Test
    void aThousandTownDashboardAnswersEveryTown() {
        String insert = "insert into town (code, name, county, category, pilot, leadership_posts_base, created_at) "
                + "select (449000000 + g)::text, '省内镇 ' || g, '测试县', 'ORDINARY_TOWN', false, 9, now() "
                + "from generate_series(1, " + TOWNS + ") g on conflict (code) do nothing";
        pool.query(insert).execute().await().atMost(Duration.ofSeconds(30));
        try {
            JsonPath answer = as("supervisor").body(Map.of("query", "{ countyDashboard(year: 2025) { towns { code "
                    + "personnel { rotationDue staffing { total { quota } } } organisation { name } } } }"))
                    .post("/graphql").then().statusCode(200).extract().jsonPath();
            assertThat(answer.getList("errors")).as("errors").isNull();
            List<String> codes = answer.getList("data.countyDashboard.towns.code");
            assertThat(codes).hasSizeGreaterThanOrEqualTo(TOWNS).contains("449000001", "449001000");
            assertThat(answer.getList("data.countyDashboard.towns.personnel")).doesNotContainNull();
        } finally {
            pool.query("delete from town where code between '449000001' and '449001000'").execute().await()
                    .atMost(Duration.ofSeconds(30));
        }
    }
}
