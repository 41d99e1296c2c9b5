package org.townreform.license.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.license.Fixtures.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;

@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class DemoDataTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() { return Map.of("townreform.demo.enabled", "true"); }
    }

    @Inject
    Pool pool;

    @Test
    void theDemoLoadsReadsBackThroughTheApiAndLoadsTwiceSafely() throws Exception {
        String script = new String(getClass().getClassLoader().getResourceAsStream("demo/license.sql").readAllBytes(),
                StandardCharsets.UTF_8);
        pool.withTransaction(c -> c.query(script).execute()).await().atMost(Duration.ofMinutes(1));
        as("supervisor").get("/api/v1/items?department=东莞市交通运输局").then().statusCode(200).body("items", hasSize(4));
        as("supervisor").get("/api/v1/agreements?town=441900113&asOf=2026-11-26").then().statusCode(200)
                .body("items.status", hasItem("SUSPENDED")).body("items.status", hasItem("EXPIRED"))
                .body("items.mode", hasItem("DEVOLVED"));
        as("supervisor").get("/api/v1/towns/441900113/applications?limit=200&asOf=2026-11-26").then()
                .statusCode(200).body("items", hasSize(16)).body("items.clock.light", hasItem("GREEN"))
                .body("items.clock.light", hasItem("YELLOW")).body("items.clock.light", hasItem("RED"));
        as("supervisor").get("/api/v1/licensing-views?towns=441900113,520323104,341824102&asOf=2026-11-26").then()
                .statusCode(200).body("[0].townCode", equalTo("441900113"))
                .body("[0].overdueCases", greaterThanOrEqualTo(1))
                .body("[0].overdueFilings", greaterThanOrEqualTo(2))
                .body("[0].itemsDelegated", greaterThanOrEqualTo(19))
                .body("[0].averageRating", not(nullValue()))
                .body("[2].townCode", equalTo("341824102"));
        RestAssured.given().get("/api/v1/public/applications/441900113-20261027-900006?code=SLDEMO06").then()
                .statusCode(200).body("light", equalTo("RED"));
    }
}
