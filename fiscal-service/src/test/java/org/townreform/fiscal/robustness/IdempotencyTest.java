package org.townreform.fiscal.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.townreform.fiscal.Fixtures.createPolicy;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.rule;
import static org.townreform.fiscal.Fixtures.supervisor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.OpenApiChecks;

import io.quarkus.test.junit.QuarkusTest;

/** SPEC §1: every POST that creates or changes something takes an Idempotency-Key, and says so in the OpenAPI document. */
@QuarkusTest
class IdempotencyTest {

    @Test
    void everyPostDocumentsTheIdempotencyKeyHeader() {
        assertThat(OpenApiChecks.postCount()).isGreaterThan(5);
        assertThat(OpenApiChecks.postsWithoutIdempotencyKey()).isEmpty();
    }

    @Test
    void aResentPolicyEndIsAppliedOnceAndAnsweredAlike() {
        String town = newTownCode();
        long id = createPolicy(town, policy("2012-01-01", null,
                List.of(rule("FULL_RETURN", List.of("ADMIN_FEES"), Map.of()))));
        String path = "/api/v1/towns/" + town + "/policies/" + id + "/end";
        Map<String, Object> end = Map.of("validTo", "2020-12-31", "reason", "新政策");
        String key = "end-" + town;
        String first = finance().header("If-Match", "\"0\"").header("Idempotency-Key", key).body(end).post(path)
                .then().statusCode(200).body("version", equalTo(1)).extract().asString();
        // Without the key this resend would be a stale version (409): with it, the first answer comes back.
        String again = finance().header("If-Match", "\"0\"").header("Idempotency-Key", key).body(end).post(path)
                .then().statusCode(200).body("version", equalTo(1)).extract().asString();
        assertThat(again).isEqualTo(first);
        supervisor().get("/api/v1/audit?entityType=PolicyVersion&entityId=" + id).then()
                .body("items.findAll { it.action == 'POLICY_ENDED' }", hasSize(1));

        finance().header("If-Match", "\"1\"").header("Idempotency-Key", key)
                .body(Map.of("validTo", "2019-12-31", "reason", "新政策")).post(path).then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }
}
