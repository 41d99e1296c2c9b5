package org.townreform.personnel.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.personnel.Fixtures.as;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.town;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.OpenApiChecks;

import io.quarkus.test.junit.QuarkusTest;

/** SPEC §1: every POST that creates or changes something takes an Idempotency-Key, and says so in the OpenAPI document. */
@QuarkusTest
class IdempotencyTest {

    @Test
    void everyPostDocumentsTheIdempotencyKeyHeader() {
        assertThat(OpenApiChecks.postCount()).isGreaterThan(10);
        assertThat(OpenApiChecks.postsWithoutIdempotencyKey()).isEmpty();
    }

    @Test
    void aResentWorkflowStepIsAppliedOnceAndAnsweredAlike() {
        String code = town();
        Map<String, Object> body = Map.of("change", 2, "date", "2012-03-15", "reference", "绥委发〔2012〕8号");
        String path = "/api/v1/towns/" + code + "/leadership-post-changes";
        String key = "posts-" + code;
        String first = countyOrg().header("Idempotency-Key", key).body(body).post(path).then().statusCode(200)
                .header("Idempotent-Replayed", nullValue()).body("leadershipPosts", equalTo(11)).extract().asString();
        String again = countyOrg().header("Idempotency-Key", key).body(body).post(path).then().statusCode(200)
                .header("Idempotent-Replayed", equalTo("true")).body("leadershipPosts", equalTo(11)).extract()
                .asString();
        assertThat(again).isEqualTo(first);
        as("county-org").get("/api/v1/towns/" + code).then().body("leadershipPosts", equalTo(11))
                .body("leadershipPostChanges", hasSize(1));

        countyOrg().header("Idempotency-Key", key).body(Map.of("change", 3, "date", "2012-03-15")).post(path).then()
                .statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        countyOrg().header("Idempotency-Key", key).body(body).post("/api/v1/towns/" + town() + "/leadership-post-changes")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }
}
