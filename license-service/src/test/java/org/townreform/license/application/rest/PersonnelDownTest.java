package org.townreform.license.application.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.leader;
import static org.townreform.license.Fixtures.newTownCode;
import static org.townreform.license.Fixtures.path;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.PostgresTestDatabase;
import org.townreform.license.Fixtures;
import org.townreform.license.PersonnelContractServer;
import org.townreform.license.PersonnelContractServer.Outage;
import org.townreform.license.application.client.PersonnelClient;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * personnel-service failing as a whole (silent, hanging up, answering 500): decisions on enforcement items are refused
 * with 503 {@code PERSONNEL_UNAVAILABLE} within the configured time limit, never taken unchecked; after repeated
 * failures the circuit breaker opens and refuses at once without calling personnel-service, and after its delay one
 * successful call closes it again. Small limits (500 ms, 4 calls, 1.5 s) keep the test short.
 */
@QuarkusTest
@TestProfile(PersonnelDownTest.Outages.class)
class PersonnelDownTest {
    private static final String FT = "quarkus.fault-tolerance.\"" + PersonnelClient.class.getName()
            + "/validCertificates\".";
    private static final long TIMEOUT_MS = 500;
    private static final long DELAY_MS = 1500;

    public static class Outages implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(FT + "timeout.value", String.valueOf(TIMEOUT_MS),
                    FT + "circuit-breaker.request-volume-threshold", "4",
                    FT + "circuit-breaker.delay", String.valueOf(DELAY_MS));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestDatabase.class, Map.of("database", "license_test")),
                    new TestResourceEntry(PersonnelContractServer.class));
        }
    }

    @BeforeEach
    void closedBreakerAndHealthyPersonnel() {
        Fixtures.calendars();
        PersonnelContractServer.outage = Outage.NONE;
        CircuitBreakerMaintenance.get().resetAll();
    }

    @AfterEach
    void healthyPersonnel() {
        PersonnelContractServer.outage = Outage.NONE;
    }

    /** An ENFORCEMENT case under review in a new town; returns {town, application id}. */
    private static Object[] caseUnderReview() {
        String town = newTownCode();
        String item = item("ENFORCEMENT", 10);
        agreement(town, "ENTRUSTED", item);
        var s = Fixtures.submitComplete(town, item, "2026-03-02");
        clerk(town).body(Map.of("date", "2026-03-02")).post(path(s.id(), "accept")).then().statusCode(200);
        clerk(town).body(Map.of("date", "2026-03-02")).post(path(s.id(), "start-review")).then().statusCode(200);
        return new Object[]{town, s.id()};
    }

    private static ValidatableResponse deny(Object[] c) {
        return leader((String) c[0])
                .body(Map.of("date", "2026-03-03", "reviewerId", PersonnelContractServer.CERTIFIED, "reason", "违法事实清楚"))
                .post(path((Long) c[1], "deny")).then();
    }

    private static CircuitBreakerState breaker() {
        return CircuitBreakerMaintenance.get().currentState(PersonnelClient.BREAKER);
    }

    @Test
    void aSilentPersonnelServiceIsGivenUpAfterTheTimeLimit() {
        Object[] c = caseUnderReview();
        PersonnelContractServer.outage = Outage.SILENT;
        long start = System.nanoTime();
        deny(c).statusCode(503).contentType("application/problem+json").body("code", equalTo("PERSONNEL_UNAVAILABLE"))
                .body("detail", containsString("refused"));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(elapsedMs).as("answered after the %d ms time limit, not long after", TIMEOUT_MS)
                .isBetween(TIMEOUT_MS - 50, TIMEOUT_MS + 2500);
        clerk((String) c[0]).get("/api/v1/applications/" + c[1]).then().body("state", equalTo("UNDER_REVIEW"));
    }

    @Test
    void aPersonnelServiceThatHangsUpOrFailsRefusesTheDecision() {
        Object[] c = caseUnderReview();
        PersonnelContractServer.outage = Outage.HANG_UP;
        deny(c).statusCode(503).body("code", equalTo("PERSONNEL_UNAVAILABLE"));
        PersonnelContractServer.outage = Outage.SERVER_ERROR;
        deny(c).statusCode(503).body("code", equalTo("PERSONNEL_UNAVAILABLE"));
        clerk((String) c[0]).get("/api/v1/applications/" + c[1]).then().body("state", equalTo("UNDER_REVIEW"));
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndClosesWhenPersonnelServiceIsBack() throws InterruptedException {
        Object[] c = caseUnderReview();
        PersonnelContractServer.outage = Outage.SERVER_ERROR;
        for (int i = 0; i < 4; i++) {
            deny(c).statusCode(503).body("code", equalTo("PERSONNEL_UNAVAILABLE"));
        }
        assertThat(breaker()).isEqualTo(CircuitBreakerState.OPEN);

        // Open: refused at once, personnel-service is not even asked (even though it is back).
        PersonnelContractServer.outage = Outage.NONE;
        int asked = PersonnelContractServer.requests.get();
        long start = System.nanoTime();
        deny(c).statusCode(503).body("code", equalTo("PERSONNEL_UNAVAILABLE"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(TIMEOUT_MS);
        assertThat(PersonnelContractServer.requests.get()).isEqualTo(asked);
        clerk((String) c[0]).get("/api/v1/applications/" + c[1]).then().body("state", equalTo("UNDER_REVIEW"));

        // After the delay one call is let through; it succeeds, so the breaker closes.
        Thread.sleep(DELAY_MS + 300);
        deny(c).statusCode(200).body("state", equalTo("DENIED"));
        assertThat(PersonnelContractServer.requests.get()).isEqualTo(asked + 1);
        assertThat(breaker()).isEqualTo(CircuitBreakerState.CLOSED);
        deny(caseUnderReview()).statusCode(200);
    }

    @Test
    void refusalsOfTheCheckItselfAreAnswersAndDoNotOpenTheBreaker() {
        Object[] c = caseUnderReview();
        for (int i = 0; i < 5; i++) {
            leader((String) c[0]).body(Map.of("date", "2026-03-03", "reviewerId", PersonnelContractServer.UNKNOWN,
                    "reason", "违法事实清楚")).post(path((Long) c[1], "deny")).then().statusCode(422)
                    .body("code", equalTo("REVIEWER_UNKNOWN"));
        }
        assertThat(breaker()).isEqualTo(CircuitBreakerState.CLOSED);
        deny(c).statusCode(200);
    }
}
