package org.townreform.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Here no subgraph runs: the gateway is alive (nothing to restart) but not ready, and says which subgraphs are down. */
@QuarkusTest
class HealthTest {
    @Test
    void isAliveWhileNoSubgraphAnswers() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isNotReadyWhenNoSubgraphAnswersAndNamesEachOne() {
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.name", hasItem("subgraphs"))
                .body("checks.find { it.name == 'subgraphs' }.data.personnel", equalTo("DOWN"))
                .body("checks.find { it.name == 'subgraphs' }.data.fiscal", equalTo("DOWN"))
                .body("checks.find { it.name == 'subgraphs' }.data.license", equalTo("DOWN"));
    }
}
