package org.townreform.common.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Loads the bundled official calendars into the service under test through its API, as an operator would. */
public final class Calendars {
    private Calendars() {
    }

    public static void loadOfficial() {
        for (int year : OfficialCalendars.YEARS) {
            load(year);
        }
    }

    /** Loads the year, or replaces it with the version read when another test loaded it already (If-Match). */
    public static void load(int year) {
        String token = Tokens.bearer(Tokens.role("county-org"));
        Response loaded = given().header("Authorization", token).get("/api/v1/calendar/" + year);
        var put = given().header("Authorization", token).contentType(ContentType.JSON).body(OfficialCalendars.json(year));
        if (loaded.statusCode() == 200) {
            put = put.header("If-Match", loaded.header("ETag"));
        }
        put.put("/api/v1/calendar/" + year).then().statusCode(200);
    }
}
