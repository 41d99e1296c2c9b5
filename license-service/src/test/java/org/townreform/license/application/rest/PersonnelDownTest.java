package org.townreform.license.application.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.leader;
import static org.townreform.license.Fixtures.newTownCode;
import static org.townreform.license.Fixtures.path;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.PostgresTestDatabase;
import org.townreform.license.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** personnel-service not there at all: its address is a closed port. The decision is refused, never taken unchecked. */
@QuarkusTest
@TestProfile(PersonnelDownTest.ClosedPort.class)
class PersonnelDownTest {

    public static class ClosedPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.rest-client.personnel.url", "http://127.0.0.1:" + port);
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestDatabase.class, Map.of("database", "license_test")));
        }
    }

    @Test
    void anEnforcementDecisionIsRefusedWith503WhenPersonnelServiceIsDown() {
        Fixtures.calendars();
        String town = newTownCode();
        String item = item("ENFORCEMENT", 10);
        agreement(town, "ENTRUSTED", item);
        var s = Fixtures.submitComplete(town, item, "2026-03-02");
        clerk(town).body(Map.of("date", "2026-03-02")).post(path(s.id(), "accept")).then().statusCode(200);
        clerk(town).body(Map.of("date", "2026-03-02")).post(path(s.id(), "start-review")).then().statusCode(200);
        leader(town).body(Map.of("date", "2026-03-03", "reviewerId", 1001, "reason", "违法事实清楚"))
                .post(path(s.id(), "deny")).then().statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("PERSONNEL_UNAVAILABLE")).body("detail", containsString("refused"));
        clerk(town).get("/api/v1/applications/" + s.id()).then().body("state", equalTo("UNDER_REVIEW"));
    }
}
