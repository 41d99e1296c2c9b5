package org.townreform.license.towns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.newTownCode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.PostgresTestDatabase;
import org.townreform.common.testing.TownCopyTables;
import org.townreform.common.testing.TownRegistryContract;
import org.townreform.common.towns.RegisteredTown;
import org.townreform.common.towns.TownCopy;
import org.townreform.common.towns.TownFeedFollower;
import org.townreform.license.Fixtures;
import org.townreform.license.PersonnelContractServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * license-service's copy of personnel-service's registry of towns ({@code townreform.town-registry.follow=true}),
 * against a real HTTP server playing personnel-service from the recorded contracts (the registry's changes one a page
 * here) and the real database. With personnel-service down altogether (its connections closed): a write naming a town
 * in the copy is taken without asking, an application's {@code townName} being the copy's name (the town's last name
 * read); every kind of write naming a town not in it is 422 {@code UNKNOWN_TOWN} (not 503) and stores nothing; a town
 * recorded meanwhile is taken once personnel-service is back and the copy has read it. The copy goes on from the cursor
 * it stored. Lookups are never taken as fresh here ({@code known-for=0s}).
 */
@QuarkusTest
@TestProfile(TownCopyTest.Following.class)
class TownCopyTest {
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    public static class Following implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("townreform.town-registry.follow", "true",
                    "townreform.town-registry.follow-every", "200ms",
                    "townreform.town-registry.follow-page-size", "1",
                    "townreform.town-registry.known-for", "0s");
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

    @Inject
    TownFeedFollower follower;

    private String item;
    private Fixtures.Submitted publicCase;

    @BeforeEach
    void answeringPersonnelAndACaseOfARecordedTown() {
        TownRegistryContract.reset();
        PersonnelContractServer.outage = PersonnelContractServer.Outage.NONE;
        CircuitBreakerMaintenance.get().resetAll();
        Fixtures.calendars();
        item = item("LICENSE", 5);
        String town = newTownCode();
        agreement(town, "ENTRUSTED", item);
        publicCase = Fixtures.submitComplete(town, item, "2026-03-02");
    }

    @AfterEach
    void answeringPersonnelAgain() {
        TownRegistryContract.reset();
        PersonnelContractServer.outage = PersonnelContractServer.Outage.NONE;
        CircuitBreakerMaintenance.get().resetAll();
    }

    /** Waits until the copy, stored and in memory, stands at the end of the registry's changes, read to it. */
    private void caughtUp() {
        String end = TownRegistryContract.cursorAt(TownRegistryContract.changeCount());
        TownCopyTables.await("the copy read to the end of the changes (" + end + ")", CATCH_UP, () -> {
            TownCopyTables.Stored s = TownCopyTables.stored();
            TownCopy copy = follower.copy();
            return s != null && s.caughtUpAt() != null && end.equals(s.cursor()) && end.equals(copy.cursor())
                    && copy.readToEnd() != null;
        });
    }

    private static void unknown(String kind, Response answer, String town) {
        if (TownWrites.isGraphQL(kind)) {
            answer.then().statusCode(200).body("errors[0].extensions.code", equalTo("UNKNOWN_TOWN"))
                    .body("errors[0].message", containsString(town));
        } else {
            answer.then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("UNKNOWN_TOWN")).body("detail", containsString(town))
                    .body("detail", containsString("copy of the registry, read to its end at"));
        }
    }

    /** Submits an application for the town (an agreement first) and answers the town name it was stored with. */
    private String townNameOfANewApplication(String town) {
        agreement(town, "ENTRUSTED", item);
        long id = Fixtures.submitComplete(town, item, "2026-03-03").id();
        return clerk(town).get("/api/v1/applications/" + id).then().statusCode(200).extract().path("townName");
    }

    @Test
    void whilePersonnelIsDownATownInTheCopyIsTakenWithItsNameAndOneNotInItIsUnknown() {
        caughtUp();
        RegisteredTown renamed = TownRegistryContract.RECORDED_CHANGES.get(1);

        PersonnelContractServer.outage = PersonnelContractServer.Outage.HANG_UP;
        int asked = PersonnelContractServer.requests.get();
        assertThat(townNameOfANewApplication(renamed.code())).as("the copy's name: the town's last name read")
                .isEqualTo(renamed.name());
        assertThat(PersonnelContractServer.requests.get()).as("answered from the copy, not asked").isEqualTo(asked);

        TownWrites.all(item, publicCase).forEach((kind, write) -> {
            String town = newTownCode();
            Map<String, Long> rows = TownWrites.rows();
            unknown(kind + " (personnel-service down)", write.apply(town), town);
            assertThat(TownWrites.rows()).as(kind).isEqualTo(rows);
        });

        // personnel-service records a town while it cannot be read: not known yet
        String newcomer = newTownCode();
        TownRegistryContract.publish(newcomer, "新来镇");
        unknown("agreement", TownWrites.all(item, publicCase).get("agreement").apply(newcomer), newcomer);

        // back: the copy reads it, and the application is taken from the copy while personnel-service is down again
        PersonnelContractServer.outage = PersonnelContractServer.Outage.NONE;
        caughtUp();
        PersonnelContractServer.outage = PersonnelContractServer.Outage.HANG_UP;
        asked = PersonnelContractServer.requests.get();
        assertThat(townNameOfANewApplication(newcomer)).isEqualTo("新来镇");
        assertThat(PersonnelContractServer.requests.get()).isEqualTo(asked);
    }

    @Test
    void itGoesOnFromTheCursorItStored() {
        caughtUp();
        RegisteredTown first = TownRegistryContract.RECORDED_CHANGES.get(0);
        RegisteredTown renamed = TownRegistryContract.RECORDED_CHANGES.get(1);
        TownRegistryContract.clearChangesAsked();

        // the tables as they stood after the first change only (the town under its first name): what a restart from
        // that state finds; the follower takes it up and reads the rename again
        TownCopyTables.standAt(TownRegistryContract.cursorAt(1), Map.of(first.code(), first.name()));
        caughtUp();
        assertThat(TownRegistryContract.changesAsked()).contains(TownRegistryContract.cursorAt(1))
                .doesNotContain(TownRegistryContract.FROM_START);
        assertThat(TownCopyTables.towns()).containsEntry(renamed.code(), renamed.name());

        PersonnelContractServer.outage = PersonnelContractServer.Outage.HANG_UP;
        assertThat(townNameOfANewApplication(renamed.code())).isEqualTo(renamed.name());
    }
}
