package org.townreform.fiscal.towns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.fiscal.Fixtures.newTownCode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.PostgresTestDatabase;
import org.townreform.common.testing.TownCopyTables;
import org.townreform.common.testing.TownRegistryContract;
import org.townreform.common.testing.TownRegistryContract.Outage;
import org.townreform.common.testing.TownRegistryServer;
import org.townreform.common.towns.RegisteredTown;
import org.townreform.common.towns.TownCopy;
import org.townreform.common.towns.TownFeedFollower;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * fiscal-service's copy of personnel-service's registry of towns, read from the registry's changes
 * ({@code townreform.town-registry.follow=true}), against a real HTTP server answering the recorded contracts
 * ({@code contracts/personnel-public-town-changes.json}, one change a page here) and the real database: the copy
 * catches up; while personnel-service is down a write naming a town in the copy is taken without asking and one naming
 * a town not in it is 422 {@code UNKNOWN_TOWN} (not 503); a town recorded meanwhile is taken once the copy has read it;
 * the copy goes on from the cursor it stored, never from the start again; and a copy never read to its end is no
 * answer (503 as without a copy). Lookups are never taken as fresh here ({@code known-for=0s}), so a write that is
 * not answered from the copy asks.
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
            return List.of(new TestResourceEntry(PostgresTestDatabase.class, Map.of("database", "fiscal_test")),
                    new TestResourceEntry(TownRegistryServer.class));
        }
    }

    @Inject
    TownFeedFollower follower;

    @BeforeEach
    void answeringRegistry() {
        TownRegistryContract.reset();
        CircuitBreakerMaintenance.get().resetAll();
    }

    @AfterEach
    void answeringRegistryAgain() {
        TownRegistryContract.reset();
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static Function<String, Response> entry() {
        return TownWrites.all().get("revenue entry");
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

    private static void unavailable(Response answer) {
        answer.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "10")
                .body("code", equalTo("TOWN_REGISTRY_UNAVAILABLE"));
    }

    @Test
    void whilePersonnelIsDownATownInTheCopyIsTakenAndOneNotInItIsUnknown() {
        caughtUp();
        RegisteredTown renamed = TownRegistryContract.RECORDED_CHANGES.get(1);
        assertThat(TownCopyTables.towns()).as("the later of the recorded changes of the town")
                .containsEntry(renamed.code(), renamed.name());
        assertThat(TownRegistryContract.lastChangesAuthorization).as("the changes are read without a token").isNull();
        TownCopyTables.Stored before = TownCopyTables.stored();
        TownRegistryContract.clearChangesAsked();

        TownRegistryContract.outage = Outage.UNAVAILABLE;
        int asked = TownRegistryContract.requests.get();
        entry().apply(renamed.code()).then().statusCode(201);
        assertThat(TownRegistryContract.requests.get()).as("answered from the copy, not asked").isEqualTo(asked);

        String never = newTownCode();
        Map<String, Long> rows = TownWrites.rows();
        unknown("revenue entry", entry().apply(never), never);
        assertThat(TownRegistryContract.requests.get()).as("asked, and no answer").isEqualTo(asked + 1);
        assertThat(TownWrites.rows()).isEqualTo(rows);
        TownWrites.all().forEach((kind, write) -> {
            String town = newTownCode();
            Map<String, Long> now = TownWrites.rows();
            unknown(kind, write.apply(town), town);
            assertThat(TownWrites.rows()).as(kind).isEqualTo(now);
        });

        // personnel-service records a town while the copy cannot read it: not known yet
        String newcomer = newTownCode();
        TownRegistryContract.publish(newcomer, "新来镇");
        unknown("revenue entry", entry().apply(newcomer), newcomer);

        // personnel-service back: the copy reads the new town, and a write naming it is taken from the copy
        TownRegistryContract.outage = Outage.NONE;
        caughtUp();
        assertThat(TownCopyTables.towns()).containsEntry(newcomer, "新来镇");
        TownRegistryContract.outage = Outage.SERVER_ERROR;
        asked = TownRegistryContract.requests.get();
        entry().apply(newcomer).then().statusCode(201);
        assertThat(TownRegistryContract.requests.get()).isEqualTo(asked);

        // through the outage and after it, the changes were asked after the cursor stored before it, then the next
        String next = TownRegistryContract.cursorAt(TownRegistryContract.changeCount());
        List<String> since = TownRegistryContract.changesAsked();
        // (whether the follower has asked after the new town yet is timing: only these two cursors may appear)
        assertThat(since).isNotEmpty().startsWith(before.cursor())
                .allMatch(c -> c.equals(before.cursor()) || c.equals(next));
    }

    @Test
    void itGoesOnFromTheCursorItStoredNotFromWhereItWasNorFromTheStart() {
        caughtUp();
        RegisteredTown first = TownRegistryContract.RECORDED_CHANGES.get(0);
        RegisteredTown renamed = TownRegistryContract.RECORDED_CHANGES.get(1);
        TownRegistryContract.clearChangesAsked();

        // the tables as they stood after the first change only: what a restart from that state (or another replica
        // behind this one) finds; the follower must take it up and read on from there
        TownCopyTables.standAt(TownRegistryContract.cursorAt(1), Map.of(first.code(), first.name()));
        caughtUp();

        assertThat(TownRegistryContract.changesAsked()).contains(TownRegistryContract.cursorAt(1))
                .doesNotContain(TownRegistryContract.FROM_START);
        Map<String, String> towns = TownCopyTables.towns();
        assertThat(towns).containsEntry(renamed.code(), renamed.name());
        for (int i = 0; i < TownRegistryContract.changeCount(); i++) {
            assertThat(towns).containsKey(codeOfChange(i));
        }
        assertThat(follower.copy().name(renamed.code())).isEqualTo(renamed.name());
    }

    @Test
    void aCopyNeverReadToItsEndIsNoAnswerWhilePersonnelIsDown() {
        caughtUp();
        String copied = TownRegistryContract.RECORDED_CHANGES.get(0).code();
        TownRegistryContract.outage = Outage.SERVER_ERROR;
        TownCopyTables.forget();
        // the follower finds no stored row: the copy is loaded again from the tables, empty and never read to its end
        TownCopyTables.await("the copy forgotten", CATCH_UP,
                () -> follower.copy().size() == 0 && follower.copy().readToEnd() == null);
        Map<String, Long> rows = TownWrites.rows();
        unavailable(entry().apply(newTownCode()));
        unavailable(entry().apply(copied));
        assertThat(TownWrites.rows()).isEqualTo(rows);

        // back: read again from the start, to the end
        TownRegistryContract.clearChangesAsked();
        TownRegistryContract.outage = Outage.NONE;
        caughtUp();
        assertThat(TownRegistryContract.changesAsked()).startsWith(TownRegistryContract.FROM_START);
        TownRegistryContract.outage = Outage.SERVER_ERROR;
        entry().apply(copied).then().statusCode(201);
        String never = newTownCode();
        unknown("revenue entry", entry().apply(never), never);
    }

    private static String codeOfChange(int i) {
        // the feed's changes, the recorded ones first, then those tests published
        return TownRegistryContract.changes().get(i).code();
    }
}
