package org.townreform.personnel.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.personnel.Fixtures.as;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.town;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** The pull feed: every audited change once, in commit order, resumable, scoped like the data. */
@QuarkusTest
class EventFeedTest {
    static final String TOWN_CREATED = "cn.townreform.personnel.town.created";
    static final String UNIT_CREATED = "cn.townreform.personnel.unit.created";

    /** Reads the feed from the cursor to its present end; the events, and the cursor to go on from. */
    static Feed readToEnd(RequestSpecification caller, String cursor, String query) {
        List<Map<String, Object>> events = new ArrayList<>();
        String at = cursor;
        for (int page = 0; page < 1000; page++) {
            JsonPath body = caller.get("/api/v1/events?limit=500" + (at == null ? "" : "&after=" + at)
                    + (query == null ? "" : "&" + query)).then().statusCode(200).extract().jsonPath();
            events.addAll(body.getList("events"));
            at = body.getString("cursor");
            if (!body.getBoolean("more")) {
                return new Feed(events, at);
            }
        }
        throw new AssertionError("the feed does not end");
    }

    record Feed(List<Map<String, Object>> events, String cursor) {
        List<Map<String, Object>> about(String subject) {
            return events.stream().filter(e -> subject.equals(e.get("subject"))).toList();
        }
    }

    @Test
    void aChangeAppearsOnceAsACloudEventWithTheRecordsViewAfterIt() {
        String head = readToEnd(countyOrg(), null, null).cursor();
        String code = town(Map.of("name", "事件镇"));
        Feed feed = readToEnd(countyOrg(), head, null);
        List<Map<String, Object>> mine = feed.about("town/" + code);
        assertThat(mine).hasSize(1);
        Map<String, Object> e = mine.get(0);
        assertThat(e).containsEntry("specversion", "1.0").containsEntry("type", TOWN_CREATED)
                .containsEntry("source", "/townreform/personnel-service").containsEntry("town", code)
                .containsEntry("datacontenttype", "application/json").containsKeys("id", "time");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) e.get("data");
        assertThat(data).containsEntry("code", code).containsEntry("name", "事件镇").containsEntry("version", 0);
        // resumed from the cursor it gave: nothing again
        assertThat(readToEnd(countyOrg(), feed.cursor(), null).events()).isEmpty();
    }

    @Test
    void theFeedIsInCommitOrderAndFiltersByTypeAndTown() {
        String head = readToEnd(countyOrg(), null, null).cursor();
        String a = town();
        String b = town();
        countyOrg().body(Map.of("name", "事件办", "kind", "PUBLIC_INSTITUTION", "administrativeQuota", 0,
                "institutionQuota", 2, "leadershipPosts", 1)).post("/api/v1/towns/" + a + "/units").then()
                .statusCode(201);
        List<Map<String, Object>> all = readToEnd(countyOrg(), head, null).events();
        List<String> subjects = all.stream().map(e -> (String) e.get("subject")).toList();
        assertThat(subjects.indexOf("town/" + a)).isLessThan(subjects.indexOf("town/" + b));
        assertThat(readToEnd(countyOrg(), head, "type=" + UNIT_CREATED).events())
                .allMatch(e -> UNIT_CREATED.equals(e.get("type"))).anyMatch(e -> a.equals(e.get("town")));
        assertThat(readToEnd(countyOrg(), head, "town=" + b).events()).extracting(e -> e.get("town"))
                .containsOnly(b).hasSize(1);
        assertThat(readToEnd(countyOrg(), head, "type=" + TOWN_CREATED + "," + UNIT_CREATED + "&town=" + a)
                .events()).extracting(e -> e.get("type")).containsExactly(TOWN_CREATED, UNIT_CREATED);
    }

    @Test
    void aTownUsersFeedHoldsOnlyTheirTown() {
        String head = readToEnd(countyOrg(), null, null).cursor();
        String mine = town();
        String other = town();
        List<Map<String, Object>> seen = readToEnd(asTown("town-clerk", mine), head, null).events();
        assertThat(seen).isNotEmpty().allMatch(e -> mine.equals(e.get("town")));
        assertThat(readToEnd(asTown("town-leader", mine), null, null).events())
                .allMatch(e -> mine.equals(e.get("town")));
        asTown("town-clerk", mine).get("/api/v1/events?town=" + other).then().statusCode(403)
                .body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        assertThat(readToEnd(as("supervisor"), head, "town=" + other).events()).hasSize(1);
        // annual assessments are not county finance's to read, in the feed either
        as("county-finance").get("/api/v1/events?type=cn.townreform.personnel.assessment.recorded").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        assertThat(readToEnd(as("county-finance"), null, null).events())
                .noneMatch(e -> ((String) e.get("type")).contains(".assessment."));
    }

    @Inject
    Pool pool;

    @Test
    void anEventCommittedLateIsNotPassedOverByAReaderThatReadPastItsTurn() {
        String head = readToEnd(countyOrg(), null, null).cursor();
        SqlConnection slow = pool.getConnectionAndAwait();
        try {
            // A slow writer: its event is inserted first, but its transaction is still open.
            slow.query("begin").executeAndAwait();
            slow.preparedQuery("insert into event_outbox (event_id, type, subject, town_code, occurred_at, data) "
                    + "values (gen_random_uuid(), $1, 'town/999999999', null, now(), '{}')")
                    .executeAndAwait(Tuple.of(TOWN_CREATED));
            String code = town(); // a quick writer commits meanwhile
            Feed during = readToEnd(countyOrg(), head, null);
            assertThat(during.about("town/" + code)).as("held back behind the open transaction").isEmpty();
            slow.query("commit").executeAndAwait();
            Feed after = readToEnd(countyOrg(), during.cursor(), null);
            List<String> subjects = after.events().stream().map(e -> (String) e.get("subject")).toList();
            assertThat(subjects).contains("town/999999999", "town/" + code);
            assertThat(subjects.indexOf("town/999999999")).isLessThan(subjects.indexOf("town/" + code));
        } finally {
            slow.query("rollback").executeAndAwait();
            slow.closeAndAwait();
        }
    }

    @Test
    void badQueriesAreRefusedWithProblems() {
        given().get("/api/v1/events").then().statusCode(401);
        countyOrg().get("/api/v1/events?after=nonsense").then().statusCode(400).body("code", equalTo("INVALID_CURSOR"))
                .contentType("application/problem+json");
        countyOrg().get("/api/v1/events?limit=0").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        countyOrg().get("/api/v1/events?limit=501").then().statusCode(400);
        countyOrg().get("/api/v1/events?town=12").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        countyOrg().get("/api/v1/events?type=Not%20A%20Type").then().statusCode(400);
    }
}
