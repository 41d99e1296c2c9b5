package org.townreform.license.robustness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.license.Fixtures.DEPT;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.newItemCode;
import static org.townreform.license.Fixtures.newTownCode;
import static org.townreform.license.Fixtures.path;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.OpenApiChecks;
import org.townreform.common.testing.Tokens;
import org.townreform.license.Fixtures;

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
    void aResentWorkflowActionIsAppliedOnceAndAnsweredAlike() {
        Fixtures.calendars();
        String town = newTownCode();
        String item = item("LICENSE", 10);
        agreement(town, "ENTRUSTED", item);
        var s = Fixtures.submitComplete(town, item, "2026-03-02");
        String key = "accept-" + s.id();
        Map<String, Object> body = Map.of("date", "2026-03-02");
        String first = clerk(town).header("Idempotency-Key", key).body(body).post(path(s.id(), "accept")).then()
                .statusCode(200).body("state", equalTo("ACCEPTED")).extract().asString();
        // Without the key a second accept is an illegal transition (409); with it, the first answer comes back.
        String again = clerk(town).header("Idempotency-Key", key).body(body).post(path(s.id(), "accept")).then()
                .statusCode(200).body("state", equalTo("ACCEPTED")).extract().asString();
        assertThat(again).isEqualTo(first);
        clerk(town).body(body).post(path(s.id(), "accept")).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
        clerk(town).header("Idempotency-Key", key).body(Map.of("date", "2026-03-03")).post(path(s.id(), "accept"))
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void aResentImportAnswersTheFirstReport() {
        String code = newItemCode();
        byte[] csv = ("事项编码,事项名称,事项类型,授权部门,法定时限,承诺时限\n" + code + ",测试事项,LICENSE," + DEPT + ",20,10\n")
                .getBytes(StandardCharsets.UTF_8);
        String key = "import-" + code;
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", Tokens.bearer(Tokens.role("county-org"))).header("Idempotency-Key", key)
                    .multiPart("file", "items.csv", csv, "text/csv").post("/api/v1/items/import").then()
                    .statusCode(200).body("created", equalTo(1)).body("unchanged", equalTo(0));
        }
        byte[] other = ("事项编码,事项名称,事项类型,授权部门,法定时限,承诺时限\n" + code + ",改名事项,LICENSE," + DEPT + ",20,10\n")
                .getBytes(StandardCharsets.UTF_8);
        given().header("Authorization", Tokens.bearer(Tokens.role("county-org"))).header("Idempotency-Key", key)
                .multiPart("file", "items.csv", other, "text/csv").post("/api/v1/items/import").then()
                .statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }
}
