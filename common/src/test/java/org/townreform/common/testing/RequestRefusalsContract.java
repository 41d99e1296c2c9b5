package org.townreform.common.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * What every service refuses before any resource runs, answered like every other refusal (docs/api-conventions.md): a NUL
 * in the address, an address over 4 KiB, a malformed GraphQL envelope, and JSON bodies that could be read two ways, with
 * nothing stored. A service's test extends this with {@code @QuarkusTest}; it uses only what every service has (the
 * calendar, the audit, {@code /graphql}).
 */
public abstract class RequestRefusalsContract {
    private static final int YEAR = 2040;

    @Test
    void aNulInThePathOrQueryIs400BeforeAnyQueryRuns() {
        for (String address : new String[]{"/api/v1/calendar/%00", "/api/v1/audit?entityType=%00",
                "/api/v1/audit?entityId=a%00b"}) {
            given().urlEncodingEnabled(false).header("Authorization", supervisor()).get(address).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("code", equalTo("VALIDATION_FAILED"));
        }
    }

    @Test
    void anAddressOver4KiBIs414ProblemJson() {
        given().header("Authorization", supervisor()).get("/api/v1/audit?entityType=" + "a".repeat(5000)).then()
                .statusCode(414).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("URI_TOO_LONG"));
    }

    @Test
    void aGraphQLRequestWithVariablesThatAreNotAnObjectIs400BadRequest() {
        given().header("Authorization", supervisor()).contentType(ContentType.JSON)
                .body("{\"query\":\"{ __typename }\",\"variables\":\"x\"}").post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        // other malformed envelopes SmallRye GraphQL reads leniently or refuses itself; never a 5xx
        for (String body : new String[]{"{\"query\":\"{ __typename }\",\"variables\":[1]}", "{\"query\":42}",
                "{\"query\":\"{ __typename }\",\"variables\":7}", "[]", "\"x\"", "{}",
                "{\"query\":\"{ __typename }\",\"operationName\":7}"}) {
            int status = given().header("Authorization", supervisor()).contentType(ContentType.JSON).body(body)
                    .post("/graphql").statusCode();
            assertThat(status).as(body).isLessThan(500);
        }
        given().header("Authorization", supervisor()).contentType(ContentType.JSON)
                .body("{\"query\":\"{ __typename }\",\"variables\":null}").post("/graphql")
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
    }

    @Test
    void aBodyThatCouldBeReadTwoWaysIs400AndStoresNothing() {
        String year = "\"year\":" + YEAR + ",\"papers\":[],\"days\":[]";
        for (String body : new String[]{
                "{" + year + ",\"year\":" + YEAR + "}", // a key twice
                "{" + year + "}}{", // trailing data
                "{" + year + "} []", // a second document
                "{" + year + ",\"comment\":\"x\"}", // a property the operation does not take
                "{\"year\":\"" + YEAR + ".5\",\"papers\":[],\"days\":[]}", // a fraction for a year
                "{" + year.replace("[]", "[\"a\\u0000b\"]") + "}", // a NUL in a text
                "{" + year.replace("\"days\":[]", "\"days\":[" + day("\"" + YEAR + "-01-01T00:00:00\"", "true") + "]")
                        + "}", // a date-time for a date
                "{" + year.replace("\"days\":[]", "\"days\":[" + day("\"\"", "true") + "]") + "}", // "" for a date
                "{" + year.replace("\"days\":[]", "\"days\":[" + day("\"" + YEAR + "-01-01\"", "1") + "]")
                        + "}", // a number for a boolean
        }) {
            given().header("Authorization", Tokens.bearer(Tokens.role("county-org"))).contentType(ContentType.JSON)
                    .body(body).put("/api/v1/calendar/" + YEAR)
                    .then().statusCode(400).contentType(startsWith("application/problem+json"));
        }
        given().header("Authorization", supervisor()).get("/api/v1/calendar/" + YEAR).then().statusCode(404);
    }

    private static String day(String date, String off) {
        return "{\"name\":\"元旦\",\"date\":" + date + ",\"isOffDay\":" + off + "}";
    }

    private static String supervisor() {
        return Tokens.bearer(Tokens.role("supervisor"));
    }
}
