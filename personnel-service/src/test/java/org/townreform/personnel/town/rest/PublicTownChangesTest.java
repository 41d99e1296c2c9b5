package org.townreform.personnel.town.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.newTownCode;
import static org.townreform.personnel.Fixtures.town;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The public registry's changes ({@code GET /api/v1/public/towns/changes}): each town recorded or changed, with its code
 * and name only, in commit order, resumable from any cursor, without a token; a town written by SQL (the demo data) is
 * in it once {@code town_registry_backfill()} has run, as {@code cn.townreform.personnel.town.registered}.
 */
@QuarkusTest
class PublicTownChangesTest {
    private static final String CHANGES = "/api/v1/public/towns/changes";
    private static final String REGISTERED = "cn.townreform.personnel.town.registered";

    @Inject
    Pool pool;

    record Page(List<Map<String, Object>> towns, String cursor, boolean more) {
    }

    private static Page page(String after, Integer limit) {
        var request = given();
        if (after != null) {
            request.queryParam("after", after);
        }
        if (limit != null) {
            request.queryParam("limit", limit);
        }
        JsonPath body = request.get(CHANGES).then().statusCode(200).contentType("application/json").extract()
                .jsonPath();
        return new Page(body.getList("towns"), body.getString("cursor"), body.getBoolean("more"));
    }

    /** Reads the changes from the cursor to their present end; the cursor of the end, and what was read. */
    private static Page toEnd(String after) {
        List<Map<String, Object>> towns = new ArrayList<>();
        String at = after;
        for (int i = 0; i < 1000; i++) {
            Page p = page(at, 500);
            towns.addAll(p.towns());
            at = p.cursor();
            if (!p.more()) {
                return new Page(towns, at, false);
            }
        }
        throw new AssertionError("the changes do not end");
    }

    private static String rename(String code, String name) {
        String etag = countyOrg().get("/api/v1/towns/" + code).then().extract().header("ETag");
        countyOrg().header("If-Match", etag)
                .body(Map.of("name", name, "county", "测试县", "category", "ORDINARY_TOWN", "pilot", false))
                .put("/api/v1/towns/" + code).then().statusCode(200);
        return name;
    }

    private int backfill() {
        return pool.query("select town_registry_backfill() as n").execute().await().atMost(Duration.ofSeconds(30))
                .iterator().next().getInteger("n");
    }

    @Test
    void aTownRecordedThenRenamedIsListedTwiceInOrderWithCodeAndNameOnlyWithoutAToken() {
        String head = toEnd(null).cursor();
        String code = town(Map.of("name", "变更镇"));
        rename(code, "变更街道");
        // another change of the town, not a registry field's: not listed
        countyOrg().body(Map.of("change", 1, "date", "2026-01-05", "reference", "编发〔2026〕1号"))
                .post("/api/v1/towns/" + code + "/leadership-post-changes").then().statusCode(200);
        // an event of another kind: not listed
        countyOrg().body(Map.of("name", "变更办", "kind", "PUBLIC_INSTITUTION", "administrativeQuota", 0,
                "institutionQuota", 2, "leadershipPosts", 1)).post("/api/v1/towns/" + code + "/units").then()
                .statusCode(201);

        Page read = page(head, null);
        assertThat(read.towns()).containsExactly(Map.of("code", code, "name", "变更镇"),
                Map.of("code", code, "name", "变更街道"));
        assertThat(read.more()).isFalse();
        // resumed from its cursor: nothing again, and the same cursor to ask after later
        Page again = page(read.cursor(), null);
        assertThat(again.towns()).isEmpty();
        assertThat(again.cursor()).isEqualTo(read.cursor());
        assertThat(again.more()).isFalse();
    }

    @Test
    void theChangesArePagedByLimitAndResumeFromEachCursor() {
        String head = toEnd(null).cursor();
        String a = town(Map.of("name", "甲镇"));
        String b = town(Map.of("name", "乙镇"));
        rename(a, "甲街道");

        Page first = page(head, 1);
        assertThat(first.towns()).containsExactly(Map.of("code", a, "name", "甲镇"));
        assertThat(first.more()).isTrue();
        Page second = page(first.cursor(), 1);
        assertThat(second.towns()).containsExactly(Map.of("code", b, "name", "乙镇"));
        assertThat(second.more()).isTrue();
        Page third = page(second.cursor(), 1);
        assertThat(third.towns()).containsExactly(Map.of("code", a, "name", "甲街道"));
        assertThat(third.more()).isFalse();
        // read again from the middle: the same changes
        assertThat(page(first.cursor(), null).towns()).containsExactlyElementsOf(
                List.of(second.towns().get(0), third.towns().get(0)));
        // without after: from the first change on, these among them in the same order
        List<Map<String, Object>> all = toEnd(null).towns();
        assertThat(all.subList(all.size() - 3, all.size())).containsExactly(first.towns().get(0),
                second.towns().get(0), third.towns().get(0));
    }

    @Test
    void aTownWrittenBySqlIsListedAsRegisteredOnceTheBackfillHasRun() {
        backfill(); // any town written by SQL before (other tests): given its event now
        String head = toEnd(null).cursor();
        String code = newTownCode();
        pool.preparedQuery("insert into town (code, name, county, category, pilot, leadership_posts_base, created_at) "
                + "values ($1, '回填镇', '东莞市', 'LARGER_TOWN', true, 9, now())").execute(Tuple.of(code))
                .await().atMost(Duration.ofSeconds(30));
        assertThat(page(head, null).towns()).as("no event yet: not in the changes").isEmpty();

        assertThat(backfill()).isEqualTo(1);
        assertThat(backfill()).as("once only").isZero();
        assertThat(page(head, null).towns()).containsExactly(Map.of("code", code, "name", "回填镇"));

        JsonPath events = countyOrg().get("/api/v1/events?type=" + REGISTERED + "&town=" + code).then()
                .statusCode(200).extract().jsonPath();
        assertThat(events.getList("events")).hasSize(1);
        assertThat(events.getString("events[0].subject")).isEqualTo("town/" + code);
        // its id is made from the code (md5('town.registered:' || code)::uuid): written once, whoever runs it
        assertThat(events.getString("events[0].id")).isEqualTo(md5Uuid("town.registered:" + code));
        assertThat(events.getMap("events[0].data")).containsOnly(Map.entry("code", code), Map.entry("name", "回填镇"),
                Map.entry("county", "东莞市"), Map.entry("category", "LARGER_TOWN"), Map.entry("pilot", true));

        // a town recorded through the API has its own event already: the backfill gives it none
        String viaApi = town();
        backfill();
        countyOrg().get("/api/v1/events?type=" + REGISTERED + "&town=" + viaApi).then().statusCode(200)
                .body("events.size()", equalTo(0));
    }

    @Test
    void aCursorNotOfThisFeedAndALimitOutOfRangeAreRefused() {
        for (String bad : List.of("not-a-cursor", "AAAA", page(null, 1).cursor() + "x")) {
            given().queryParam("after", bad).get(CHANGES).then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("INVALID_CURSOR"));
        }
        // a cursor of another list (the towns' own paging) is no place in the feed either
        String townsCursor = countyOrg().get("/api/v1/towns?limit=1").then().statusCode(200).extract()
                .path("nextCursor");
        if (townsCursor != null) {
            given().queryParam("after", townsCursor).get(CHANGES).then().statusCode(400).body("code",
                    equalTo("INVALID_CURSOR"));
        }
        for (int bad : new int[]{0, 501, -1}) {
            given().queryParam("limit", bad).get(CHANGES).then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentShowsItAsPublic() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Object> get = doc.getMap("paths.'/api/v1/public/towns/changes'.get");
        assertThat(get).isNotNull().containsEntry("operationId", "getPublicTownChanges");
        assertThat(get.get("security")).as("an empty list: no token required").isEqualTo(List.of());
        assertThat((List<String>) get.get("tags")).containsExactly("Public");
        assertThat(doc.getMap("components.schemas.PublicTownChanges.properties")).containsOnlyKeys("towns", "cursor",
                "more");
    }

    private static String md5Uuid(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte x : d) {
                hex.append(String.format("%02x", x));
            }
            String h = hex.toString();
            return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                    + "-" + h.substring(20);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
