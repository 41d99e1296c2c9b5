package org.townreform.license.publicquery.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(RateLimitTest.Strict.class)
class RateLimitTest {

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("license.public-query.requests-per-window", "3", "license.public-query.window", "60s");
        }
    }

    @Test
    void aClientAddressIsLimitedAndToldWhenToComeBack() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "198.51.100.7").get("/api/v1/public/applications/X-1?code=A")
                    .then().statusCode(404);
        }
        given().header("X-Forwarded-For", "198.51.100.7").get("/api/v1/public/applications/X-1?code=A")
                .then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED")).header("Retry-After", notNullValue());
        // another address is not affected
        given().header("X-Forwarded-For", "198.51.100.8").get("/api/v1/public/applications/X-1?code=A")
                .then().statusCode(404);
    }
}
