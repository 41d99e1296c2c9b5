package org.townreform.fiscal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest {
    @Test
    void isUp() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
