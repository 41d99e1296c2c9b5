package org.townreform.common.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The calendar resource (common's {@code PUT|GET /api/v1/calendar/{year}}) as every service exposes it: loading a new
 * year, replacing a loaded one only with its current version and a county-wide role, the stored year unchanged after
 * each refusal. Each service's {@code CalendarResourceTest} runs these against itself, each check on a year of its own.
 */
public final class CalendarChecks {
    private CalendarChecks() {
    }

    static RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(Tokens.role(role))).contentType(ContentType.JSON);
    }

    static RequestSpecification asTown(String role, String town) {
        return given().header("Authorization", Tokens.bearer(Tokens.town(role, town))).contentType(ContentType.JSON);
    }

    /** A calendar of the year with New Year's Day and, when {@code extra}, 2 January as public holidays. */
    static Map<String, Object> document(int year, boolean extra) {
        List<Map<String, Object>> days = extra
                ? List.of(Map.of("name", "元旦", "date", year + "-01-01", "isOffDay", true),
                        Map.of("name", "元旦", "date", year + "-01-02", "isOffDay", true))
                : List.of(Map.of("name", "元旦", "date", year + "-01-01", "isOffDay", true));
        return Map.of("year", year, "papers", List.of("https://www.gov.cn/test/" + year), "days", days);
    }

    /** The year as stored, read back; its ETag must be its version. */
    static Response stored(int year) {
        Response r = as("supervisor").get("/api/v1/calendar/" + year);
        r.then().statusCode(200).header("ETag", equalTo("\"" + r.jsonPath().getLong("version") + "\""));
        return r;
    }

    static void unchanged(int year, Response before, String after) {
        Response now = stored(year);
        assertThat(now.asString()).as("the stored calendar after " + after).isEqualTo(before.asString());
        assertThat(now.header("ETag")).isEqualTo(before.header("ETag"));
    }

    /** A year not loaded yet is loaded without If-Match, as before; GET answers it with its ETag. */
    public static void aNewYearIsLoadedWithoutIfMatch(int year) {
        as("county-finance").body(document(year, false)).put("/api/v1/calendar/" + year).then().statusCode(200)
                .header("ETag", "\"0\"").body("version", equalTo(0)).body("holidays", equalTo(1));
        stored(year).then().body("days.date", equalTo(List.of(year + "-01-01")));
    }

    /** Replacing a loaded year: without If-Match 428, with a stale version 409; nothing changes either way. */
    public static void replacingWithoutOrWithAStaleVersionIsRefused(int year) {
        as("county-org").body(document(year, false)).put("/api/v1/calendar/" + year).then().statusCode(200);
        Response before = stored(year);

        as("county-org").body(document(year, true)).put("/api/v1/calendar/" + year).then().statusCode(428)
                .contentType("application/problem+json").body("code", equalTo("PRECONDITION_REQUIRED"));
        unchanged(year, before, "a replacement without If-Match");

        as("county-org").header("If-Match", "\"7\"").body(document(year, true)).put("/api/v1/calendar/" + year).then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("STALE_VERSION"));
        unchanged(year, before, "a replacement with a stale version");

        as("county-org").header("If-Match", "not-a-version").body(document(year, true))
                .put("/api/v1/calendar/" + year).then().statusCode(400).body("code", equalTo("INVALID_IF_MATCH"));
        unchanged(year, before, "a replacement with a malformed If-Match");
    }

    /** Town roles and the supervisor may not replace (nor load) a year, even with the right version. */
    public static void onlyCountyWideRolesThatKeepDataReplaceAYear(int year) {
        asTown("town-leader", "441900113").body(document(year, false)).put("/api/v1/calendar/" + year).then()
                .statusCode(403);
        as("supervisor").get("/api/v1/calendar/" + year).then().statusCode(404);
        as("county-org").body(document(year, false)).put("/api/v1/calendar/" + year).then().statusCode(200);
        Response before = stored(year);
        String etag = before.header("ETag");
        for (RequestSpecification who : List.of(asTown("town-clerk", "441900113"), asTown("town-leader", "441900113"),
                as("supervisor"))) {
            who.header("If-Match", etag).body(document(year, true)).put("/api/v1/calendar/" + year).then()
                    .statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
            unchanged(year, before, "a replacement by a role that may not");
        }
        given().contentType(ContentType.JSON).header("If-Match", etag).body(document(year, true))
                .put("/api/v1/calendar/" + year).then().statusCode(401);
        unchanged(year, before, "a replacement without a token");
    }

    /** With the current version a county-wide role replaces the year; the old version is then stale. */
    public static void theCurrentVersionReplacesTheYear(int year) {
        as("county-org").body(document(year, false)).put("/api/v1/calendar/" + year).then().statusCode(200);
        String etag = stored(year).header("ETag");
        as("dept-officer").header("If-Match", etag).body(document(year, true)).put("/api/v1/calendar/" + year).then()
                .statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1)).body("holidays", equalTo(2));
        stored(year).then().body("days.date", equalTo(List.of(year + "-01-01", year + "-01-02")))
                .body("updatedBy", equalTo("test dept-officer"));
        Response after = stored(year);
        as("county-finance").header("If-Match", etag).body(document(year, false)).put("/api/v1/calendar/" + year)
                .then().statusCode(409).body("code", equalTo("STALE_VERSION"));
        unchanged(year, after, "a second replacement with the version before the first");
        as("supervisor").get("/api/v1/audit?entityType=CalendarYear&entityId=" + year).then().statusCode(200)
                .body("items.action", equalTo(List.of("CALENDAR_REPLACED", "CALENDAR_LOADED")));
    }
}
