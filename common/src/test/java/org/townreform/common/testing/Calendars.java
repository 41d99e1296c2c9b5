package org.townreform.common.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Loads the bundled official calendars into the service under test through its API, as an operator would. */
public final class Calendars {
    private Calendars() {
    }

    public static void loadOfficial() {
        for (int year : OfficialCalendars.YEARS) {
            load(year);
        }
    }

    public static void load(int year) {
        given().header("Authorization", Tokens.bearer(Tokens.role("county-org")))
                .contentType(ContentType.JSON)
                .body(OfficialCalendars.json(year))
                .put("/api/v1/calendar/" + year)
                .then().statusCode(200);
    }
}
