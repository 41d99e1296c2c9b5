package org.townreform.common.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * What a service answers while its database is down, and how fast it is back: every request that needs the database is
 * 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After} (never 500), readiness says DOWN, and the first request after
 * the database returns is answered. A service's test extends this with {@code @QuarkusTest} and
 * {@code @WithTestResource(value = OwnPostgresServer.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)}: the server
 * stopped is the test's own, never the shared one.
 */
public abstract class DatabaseOutageContract {

    @Test
    void whileTheDatabaseIsDownRequestsAre503WithRetryAfterAndTheFirstAfterItsReturnIsAnswered() throws Exception {
        String directory = ConfigProvider.getConfig().getValue(OwnPostgresServer.DIRECTORY_KEY, String.class);
        String port = ConfigProvider.getConfig().getValue(OwnPostgresServer.PORT_KEY, String.class);
        assertThat(ConfigProvider.getConfig().getValue("quarkus.datasource.reactive.url", String.class))
                .as("the service runs on the test's own server").contains(":" + port + "/");
        read().then().statusCode(200);

        OwnPostgresServer.stop(directory);
        try {
            for (int i = 0; i < 3; i++) {
                unavailable(read());
                unavailable(write());
            }
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            OwnPostgresServer.start(directory);
        }
        long back = System.nanoTime();
        int status = 0;
        while (System.nanoTime() - back < 10_000_000_000L) {
            status = read().statusCode();
            if (status == 200) {
                break;
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - back) / 1e9;
        assertThat(status).as("answered after the database returned").isEqualTo(200);
        assertThat(seconds).as("seconds from the database's return to the first answer").isLessThan(5.0);
        int ready = 0;
        while (System.nanoTime() - back < 10_000_000_000L) {
            ready = given().get("/q/health/ready").statusCode();
            if (ready == 200) {
                break;
            }
            Thread.sleep(100);
        }
        double readySeconds = (System.nanoTime() - back) / 1e9;
        assertThat(ready).as("ready again after the database returned").isEqualTo(200);
        assertThat(readySeconds).as("seconds from the database's return to readiness").isLessThan(5.0);
    }

    private static void unavailable(Response answer) {
        answer.then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", notNullValue())
                .body("code", equalTo("DATABASE_UNAVAILABLE"));
    }

    private static Response read() {
        return given().header("Authorization", Tokens.bearer(Tokens.role("supervisor"))).get("/api/v1/audit");
    }

    private static Response write() {
        return given().header("Authorization", Tokens.bearer(Tokens.role("county-org")))
                .contentType(ContentType.JSON)
                .body("{\"year\":2035,\"papers\":[],\"days\":[]}")
                .put("/api/v1/calendar/2035");
    }
}
