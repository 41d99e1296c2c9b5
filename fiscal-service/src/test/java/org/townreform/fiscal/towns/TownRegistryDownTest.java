package org.townreform.fiscal.towns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.fiscal.Fixtures.newTownCode;

import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.TownRegistryContract;
import org.townreform.common.testing.TownRegistryContract.Outage;
import org.townreform.common.towns.TownRegistryClient;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * personnel-service's registry of towns failing (answering 500, hanging up, silent): a write naming a town it has not
 * answered about before is refused with 503 {@code TOWN_REGISTRY_UNAVAILABLE} and {@code Retry-After}, within the
 * time limit, and stores nothing; a town it answered "recorded" before is still accepted. After repeated failures the
 * breaker opens and refuses at once without asking, and after its delay one good answer closes it. Small limits
 * (500 ms, 4 calls, 1.5 s) keep the test short; answers are never taken as fresh, so every write asks. The service
 * keeps no copy of the registry here ({@code follow=false}): with a copy read to its end, a town not in it is 422
 * {@code UNKNOWN_TOWN} instead ({@link TownCopyTest}).
 */
@QuarkusTest
@TestProfile(TownRegistryDownTest.Outages.class)
class TownRegistryDownTest {
    private static final String FT = "quarkus.fault-tolerance.\"" + TownRegistryClient.class.getName() + "/lookup\".";
    private static final long TIMEOUT_MS = 500;
    private static final long DELAY_MS = 1500;

    public static class Outages implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(FT + "timeout.value", String.valueOf(TIMEOUT_MS),
                    FT + "circuit-breaker.request-volume-threshold", "4",
                    FT + "circuit-breaker.delay", String.valueOf(DELAY_MS),
                    "townreform.town-registry.known-for", "0s",
                    // no copy of the registry: what a write gets without one (TownCopyTest: with one)
                    "townreform.town-registry.follow", "false");
        }
    }

    private static boolean warm;

    @BeforeEach
    void closedBreakerAndAnsweringRegistry() {
        TownRegistryContract.reset();
        if (!warm) {
            // The first lookup of a fresh service (client set up, classes loaded) may take longer than the small limit.
            for (int i = 0; i < 5 && !warm; i++) {
                CircuitBreakerMaintenance.get().resetAll();
                warm = TownWrites.all().get("revenue entry").apply(newTownCode()).statusCode() == 201;
            }
        }
        CircuitBreakerMaintenance.get().resetAll();
    }

    @AfterEach
    void answeringRegistry() {
        TownRegistryContract.reset();
    }

    private static CircuitBreakerState breaker() {
        return CircuitBreakerMaintenance.get().currentState(TownRegistryClient.BREAKER);
    }

    private static void refusedAsUnavailable(String kind, Response answer) {
        if (TownWrites.isGraphQL(kind)) {
            answer.then().statusCode(200).body("errors[0].extensions.code", equalTo("TOWN_REGISTRY_UNAVAILABLE"));
        } else {
            answer.then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "10")
                    .body("code", equalTo("TOWN_REGISTRY_UNAVAILABLE"))
                    .body("detail", containsString("refused"));
        }
    }

    @Test
    void everyKindOfWriteIsRefusedWith503AndRetryAfterAndStoresNothing() {
        for (Outage outage : new Outage[]{Outage.SERVER_ERROR, Outage.HANG_UP}) {
            CircuitBreakerMaintenance.get().resetAll();
            TownRegistryContract.outage = outage;
            TownWrites.all().forEach((kind, write) -> {
                Map<String, Long> before = TownWrites.rows();
                refusedAsUnavailable(kind + " (" + outage + ")", write.apply(newTownCode()));
                assertThat(TownWrites.rows()).as(kind + " " + outage).isEqualTo(before);
            });
        }
    }

    @Test
    void aSilentRegistryIsGivenUpAfterTheTimeLimit() {
        TownRegistryContract.outage = Outage.SILENT;
        Map<String, Long> before = TownWrites.rows();
        long start = System.nanoTime();
        refusedAsUnavailable("revenue entry", TownWrites.all().get("revenue entry").apply(newTownCode()));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(elapsedMs).as("answered after the %d ms time limit, not long after", TIMEOUT_MS)
                .isBetween(TIMEOUT_MS - 50, TIMEOUT_MS + 2500);
        assertThat(TownWrites.rows()).isEqualTo(before);
    }

    @Test
    void aTownTheRegistryRecordedBeforeIsStillAcceptedWhileItIsDown() {
        Function<String, Response> entry = TownWrites.all().get("revenue entry");
        String known = newTownCode();
        entry.apply(known).then().statusCode(201);

        TownRegistryContract.outage = Outage.SERVER_ERROR;
        int asked = TownRegistryContract.requests.get();
        entry.apply(known).then().statusCode(201);
        assertThat(TownRegistryContract.requests.get()).as("it did ask, and got no answer").isEqualTo(asked + 1);
        // a town it never answered about is not
        refusedAsUnavailable("revenue entry", entry.apply(newTownCode()));
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndClosesWhenTheRegistryIsBack() throws InterruptedException {
        Function<String, Response> entry = TownWrites.all().get("revenue entry");
        TownRegistryContract.outage = Outage.SERVER_ERROR;
        for (int i = 0; i < 4; i++) {
            refusedAsUnavailable("revenue entry", entry.apply(newTownCode()));
        }
        assertThat(breaker()).isEqualTo(CircuitBreakerState.OPEN);

        // Open: refused at once, the registry is not even asked (even though it is back).
        TownRegistryContract.outage = Outage.NONE;
        int asked = TownRegistryContract.requests.get();
        long start = System.nanoTime();
        refusedAsUnavailable("revenue entry", entry.apply(newTownCode()));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(TIMEOUT_MS);
        assertThat(TownRegistryContract.requests.get()).isEqualTo(asked);

        // After the delay one call is let through; it succeeds, so the breaker closes.
        Thread.sleep(DELAY_MS + 300);
        entry.apply(newTownCode()).then().statusCode(201);
        assertThat(TownRegistryContract.requests.get()).isEqualTo(asked + 1);
        assertThat(breaker()).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void noSuchTownIsAnAnswerAndDoesNotOpenTheBreaker() {
        for (int i = 0; i < 6; i++) {
            TownWrites.all().get("policy").apply(TownRegistryContract.UNKNOWN).then().statusCode(422)
                    .body("code", equalTo("UNKNOWN_TOWN"));
        }
        assertThat(breaker()).isEqualTo(CircuitBreakerState.CLOSED);
    }
}
