package org.townreform.fiscal.towns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.fiscal.Fixtures.createPolicy;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.record;
import static org.townreform.fiscal.Fixtures.rule;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.TownRegistryContract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Writes that name a town personnel-service has not recorded are refused (422 {@code UNKNOWN_TOWN}) and store nothing;
 * recorded towns are written as before. personnel-service is played by the recorded contract, whose unknown code is
 * {@link TownRegistryContract#UNKNOWN}.
 */
@QuarkusTest
class UnknownTownTest {
    private static final String UNKNOWN = TownRegistryContract.UNKNOWN;

    @Test
    void everyKindOfWriteForAnUnknownTownIsRefusedAndStoresNothing() {
        TownWrites.all().forEach((kind, write) -> {
            Map<String, Long> before = TownWrites.rows();
            Response answer = write.apply(UNKNOWN);
            if (TownWrites.isGraphQL(kind)) {
                answer.then().statusCode(200).body("errors[0].extensions.code", equalTo("UNKNOWN_TOWN"))
                        .body("errors[0].message", containsString(UNKNOWN));
            } else {
                answer.then().statusCode(422).contentType("application/problem+json")
                        .body("code", equalTo("UNKNOWN_TOWN")).body("detail", containsString(UNKNOWN));
            }
            assertThat(TownWrites.rows()).as(kind).isEqualTo(before);
        });
    }

    @Test
    void theSameWritesForARecordedTownAreTaken() {
        String town = newTownCode();
        createPolicy(town, policy("2024-01-01", null,
                List.of(rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80")))));
        record(town, "2024-03", "TAX_NEW_ENTERPRISE", "1000.00");
        finance().body(Map.of("period", "2024-03", "voucherNo", "V-" + town, "date", "2024-04-15", "amount", "800.00"))
                .post("/api/v1/towns/" + town + "/disbursements").then().statusCode(201);
        finance().body(Map.of("date", "2025-03-31")).post("/api/v1/towns/" + town + "/settlements/2024").then()
                .statusCode(200).body("status", equalTo("SETTLED"));
    }

    @Test
    void theRegistryIsAskedOnceATownWithoutATokenAndItsAnswerIsKept() {
        String town = newTownCode();
        int asked = TownRegistryContract.requests.get();
        record(town, "2025-01", "ADMIN_FEES", "10.00");
        record(town, "2025-02", "ADMIN_FEES", "10.00");
        createPolicy(town, policy("2025-01-01", null, List.of(rule("FULL_RETURN", List.of("ADMIN_FEES"), Map.of()))));
        assertThat(TownRegistryContract.requests.get()).isEqualTo(asked + 1);
        assertThat(TownRegistryContract.lastAuthorization).as("the caller's token is not sent").isNull();

        // "no such town" is kept too, for a short while: a second refusal does not ask again
        TownWrites.all().get("revenue entry").apply(UNKNOWN).then().statusCode(422);
        int afterFirst = TownRegistryContract.requests.get();
        TownWrites.all().get("policy").apply(UNKNOWN).then().statusCode(422).body("code", equalTo("UNKNOWN_TOWN"));
        assertThat(TownRegistryContract.requests.get()).isEqualTo(afterFirst);
    }

    @Test
    void writesOnRecordsAlreadyStoredDoNotAskTheRegistry() {
        String town = newTownCode();
        long entry = record(town, "2025-03", "TAX_NEW_ENTERPRISE", "1000.00");
        int asked = TownRegistryContract.requests.get();
        finance().body(Map.of("reason", "退库", "period", "2025-03", "date", "2025-03-31"))
                .post("/api/v1/revenue-entries/" + entry + "/reverse").then().statusCode(201)
                .body("reversesId", equalTo((int) entry));
        // an unknown town has nothing stored to act on: nothing to reopen, no policy to end
        Map<String, Long> before = TownWrites.rows();
        finance().body(Map.of("reason", "审计")).post("/api/v1/towns/" + UNKNOWN + "/settlements/2024/reopen").then()
                .statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        finance().header("If-Match", "\"0\"").body(Map.of("validTo", "2025-12-31", "reason", "调整"))
                .post("/api/v1/towns/" + UNKNOWN + "/policies/1/end").then().statusCode(404);
        assertThat(TownWrites.rows()).isEqualTo(before);
        assertThat(TownRegistryContract.requests.get()).isEqualTo(asked);
    }
}
