package org.townreform.license.publicquery.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * X-Forwarded-For from a connection that is not a trusted proxy is ignored: the tests connect over loopback, which this
 * profile does not trust, so every request counts for the loopback address whatever address the header claims.
 */
@QuarkusTest
@TestProfile(UntrustedProxyTest.OtherProxy.class)
class UntrustedProxyTest {

    public static class OtherProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("license.public-query.requests-per-window", "3", "license.public-query.window", "60s",
                    "townreform.trusted-proxies", "192.0.2.10");
        }
    }

    @Test
    void aClientCannotEscapeTheLimitByClaimingAnotherAddress() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i).get("/api/v1/public/applications/X-1?code=A")
                    .then().statusCode(404);
        }
        given().header("X-Forwarded-For", "198.51.100.99").get("/api/v1/public/applications/X-1?code=A").then()
                .statusCode(429).body("code", equalTo("RATE_LIMITED"));
    }
}
