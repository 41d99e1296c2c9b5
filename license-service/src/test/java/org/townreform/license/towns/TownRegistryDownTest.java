package org.townreform.license.towns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.newTownCode;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.TownRegistryContract;
import org.townreform.common.towns.TownRegistryClient;
import org.townreform.license.Fixtures;
import org.townreform.license.PersonnelContractServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * personnel-service's registry of towns failing (its lookups answering 500 or hanging up, the whole service down, or
 * silent): every kind of write naming a town it has not answered about before is refused with 503
 * {@code TOWN_REGISTRY_UNAVAILABLE} and {@code Retry-After}, within the time limit, and stores nothing; a town it
 * answered "recorded" before is still accepted. Answers are never taken as fresh here, so every write asks; the breaker
 * itself is exercised in fiscal-service's test of the same client. The service keeps no copy of the registry here
 * ({@code follow=false}): with a copy read to its end, a town not in it is 422 {@code UNKNOWN_TOWN} instead
 * ({@link TownCopyTest}).
 */
@QuarkusTest
@TestProfile(TownRegistryDownTest.Outages.class)
class TownRegistryDownTest {
    private static final String FT = "quarkus.fault-tolerance.\"" + TownRegistryClient.class.getName() + "/lookup\".";
    private static final long TIMEOUT_MS = 500;

    public static class Outages implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // no copy of the registry: what a write gets without one (TownCopyTest: with one)
            return Map.of(FT + "timeout.value", String.valueOf(TIMEOUT_MS), "townreform.town-registry.known-for", "0s",
                    "townreform.town-registry.follow", "false");
        }
    }

    private static boolean warm;
    private String item;
    private String town;
    private Fixtures.Submitted publicCase;

    @BeforeEach
    void aRecordedTownWithACaseWhileTheRegistryAnswers() {
        TownRegistryContract.reset();
        PersonnelContractServer.outage = PersonnelContractServer.Outage.NONE;
        Fixtures.calendars();
        item = item("LICENSE", 5);
        for (int i = 0; i < 5 && !warm; i++) {
            // The first lookup of a fresh service (client set up, classes loaded) may take longer than the small limit.
            CircuitBreakerMaintenance.get().resetAll();
            warm = Fixtures.dept(Fixtures.DEPT).body(TownWrites.agreement(newTownCode(), item))
                    .post("/api/v1/agreements").statusCode() == 201;
        }
        CircuitBreakerMaintenance.get().resetAll();
        town = newTownCode();
        agreement(town, "ENTRUSTED", item);
        publicCase = Fixtures.submitComplete(town, item, "2026-03-02");
    }

    @AfterEach
    void answeringRegistry() {
        TownRegistryContract.reset();
        PersonnelContractServer.outage = PersonnelContractServer.Outage.NONE;
    }

    private static void refusedAsUnavailable(String kind, Response answer) {
        if (TownWrites.isGraphQL(kind)) {
            answer.then().statusCode(200).body("errors[0].extensions.code", equalTo("TOWN_REGISTRY_UNAVAILABLE"));
        } else {
            answer.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "10")
                    .body("code", equalTo("TOWN_REGISTRY_UNAVAILABLE")).body("detail", containsString("refused"));
        }
    }

    private void everyKindRefused(String how) {
        TownWrites.all(item, publicCase).forEach((kind, write) -> {
            Map<String, Long> before = TownWrites.rows();
            refusedAsUnavailable(kind + " (" + how + ")", write.apply(newTownCode()));
            assertThat(TownWrites.rows()).as(kind + " " + how).isEqualTo(before);
        });
    }

    @Test
    void everyKindOfWriteIsRefusedWith503AndRetryAfterWhenTheLookupsFail() {
        TownRegistryContract.outage = TownRegistryContract.Outage.SERVER_ERROR;
        everyKindRefused("lookups answer 500");
    }

    @Test
    void everyKindOfWriteIsRefusedWhenPersonnelServiceIsDownAltogether() {
        PersonnelContractServer.outage = PersonnelContractServer.Outage.HANG_UP;
        everyKindRefused("personnel-service hangs up");
    }

    @Test
    void aSilentRegistryIsGivenUpAfterTheTimeLimit() {
        TownRegistryContract.outage = TownRegistryContract.Outage.SILENT;
        Map<String, Long> before = TownWrites.rows();
        long start = System.nanoTime();
        refusedAsUnavailable("agreement", TownWrites.all(item, publicCase).get("agreement").apply(newTownCode()));
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(TIMEOUT_MS - 50, TIMEOUT_MS + 2500);
        assertThat(TownWrites.rows()).isEqualTo(before);
    }

    @Test
    void aTownTheRegistryRecordedBeforeIsStillAcceptedWhileItIsDown() {
        TownRegistryContract.outage = TownRegistryContract.Outage.SERVER_ERROR;
        int asked = TownRegistryContract.requests.get();
        long id = Fixtures.submitComplete(town, item, "2026-03-03").id();
        Fixtures.clerk(town).body(TownWrites.complaint(town)).post("/api/v1/complaints").then().statusCode(201);
        // with the name the registry gave when it last answered
        Fixtures.clerk(town).get("/api/v1/applications/" + id).then().statusCode(200).body("townName",
                org.hamcrest.Matchers.equalTo("石龙镇"));
        assertThat(TownRegistryContract.requests.get()).as("it did ask, and got no answer").isEqualTo(asked + 2);
    }
}
