package org.townreform.personnel.robustness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.common.testing.MalformedAnswers.checkGraphQL;
import static org.townreform.common.testing.MalformedAnswers.checkProblem;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.register;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** However malformed, no request gets a 500: every one is answered with a problem a client can act on. */
@QuarkusTest
class MalformedRequestTest {
    private static final List<String> BODIES = List.of("", "null", "[]", "{", "\"x\"", "42", "{\"date\":\"2025-02-30\"}",
            "{\"personId\": 1e400, \"unitId\": -1}", "{\"unitId\": \"99999999999999999999999\", \"personId\": \"x\"}",
            "{\"year\": 99999999999, \"grade\": 7}", "{\"mergedUnitIds\": [null]}", "{\"mergedUnitIds\": \"1\"}",
            "{\"nameplates\": [null], \"name\": \"x\", \"kind\": \"BUREAU\"}", "{\"validFrom\": [], \"validTo\": {}}",
            "{\"opinion\": null, \"text\": \"\"}", "{\"type\": \"APPOINT\", \"leading\": \"yes\"}",
            "{\"date\": \"9999-12-31\"}", "{\"date\": \"0001-01-01\", \"reason\": \"x\"}",
            "{\"date\": \"+99999-01-01\"}", "{\"year\": -1, \"change\": -99999999999}",
            "{\"change\": 2147483648, \"date\": \"1900-01-01\"}");

    private static final List<String> ROLES = List.of("county-org", "town-leader", "dept-officer");

    @Test
    void noBodyOrParameterMakesA500() {
        String town = town();
        long unit = unit(town, Map.of("institutionQuota", 2));
        long person = person(town, "INSTITUTION");
        long reg = register(unit, person);
        List<String> posts = new ArrayList<>(List.of("/api/v1/towns/" + town + "/units", "/api/v1/units/" + unit + "/merge",
                "/api/v1/units/" + unit + "/abolish", "/api/v1/people", "/api/v1/people/" + person + "/certificates",
                "/api/v1/people/" + person + "/certificates/1/revoke", "/api/v1/units/" + unit + "/registrations",
                "/api/v1/registrations/" + reg + "/end", "/api/v1/appointments", "/api/v1/adjustment-requests",
                "/api/v1/adjustment-requests/1/resolve", "/api/v1/assessments", "/api/v1/assessments/1/confirm"));
        for (String action : List.of("consult", "opinion", "coordinate", "decide", "publish-notice", "objections",
                "make-effective", "withdraw")) {
            posts.add("/api/v1/appointments/1/" + action);
        }
        posts.add("/api/v1/towns/" + town + "/leadership-post-changes");
        List<String> puts = List.of("/api/v1/units/" + unit, "/api/v1/people/" + person, "/api/v1/towns/" + town);
        List<String> gets = List.of("/api/v1/towns/" + town + "/units?limit=-1", "/api/v1/towns/" + town
                + "/units?limit=99999999999", "/api/v1/towns/" + town + "/units?cursor=@@@",
                "/api/v1/towns/" + town + "/staffing?asOf=2025-02-30", "/api/v1/units/" + unit + "/assessments?year=-5",
                "/api/v1/towns/" + town + "/appointments?status=", "/api/v1/towns/" + town + "/rotation-due?asOf=x",
                "/api/v1/people/" + person + "/certificates/valid?department=&date=", "/api/v1/towns/" + town
                        + "/adjustment-requests?asOf=2025-13-01",
                "/api/v1/personnel-summaries?town=x&asOf=1",
                "/api/v1/units/" + unit + "/registrations?all=maybe", "/api/v1/towns/" + town + "/people?cursor=MTIz%",
                "/api/v1/units/-1", "/api/v1/people/0", "/api/v1/registrations/1.5", "/api/v1/appointments/%20",
                "/api/v1/towns/" + town + "/staffing?asOf=0001-01-01", "/api/v1/towns/" + town + "/staffing?asOf=9999-12-31",
                "/api/v1/towns/" + town + "/rotation-due?asOf=+99999-01-01",
                "/api/v1/units/" + unit + "/assessments?year=99999", "/api/v1/towns/" + town + "?asOf=0001-01-01",
                "/api/v1/calendar/99999", "/api/v1/audit?limit=99999999999");
        List<String> failures = new ArrayList<>();
        for (String role : ROLES) {
            String token = Tokens.bearer(Tokens.of(role, role.startsWith("town") ? town : null,
                    role.equals("dept-officer") ? "东莞市人力资源局" : null));
            for (String path : posts) {
                for (String body : BODIES) {
                    checkProblem(failures, "POST " + path + " " + body + " as " + role,
                            given().header("Authorization", token).contentType("application/json").body(body).post(path));
                }
                checkProblem(failures, "POST text " + path, given().header("Authorization", token).contentType("text/plain")
                        .body("hello").post(path));
            }
            for (String path : puts) {
                for (String body : BODIES) {
                    checkProblem(failures, "PUT " + path + " " + body + " as " + role, given().header("Authorization", token)
                            .header("If-Match", "\"abc\"").contentType("application/json").body(body).put(path));
                }
            }
            for (String path : gets) {
                checkProblem(failures, "GET " + path + " as " + role, given().header("Authorization", token).get(path));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void graphQLErrorsAlwaysCarryACodeOrAreValidationErrors() {
        String town = town();
        long unit = unit(town, Map.of("institutionQuota", 2));
        List<String> queries = List.of(
                "mutation { createUnit(townCode: \"" + town
                        + "\", unit: {name: \"x\", kind: BUREAU, nameplates: [null]}) { id } }",
                "mutation { register(unitId: \"" + unit + "\", registration: {personId: \"abc\"}) { id } }",
                "mutation { register(unitId: \"" + unit + "\", registration: {personId: \"99999999999999999999999\"}) { id } }",
                "mutation { giveOpinion(id: \"987654321\", opinion: {opinion: AGREE, text: \"x\"}) { id } }",
                "mutation { mergeUnits(id: \"" + unit + "\", merge: {mergedUnitIds: [\"x\"]}) { id } }",
                "mutation { consultAppointment(id: \"-5\") { id } }",
                "{ validCertificates(personId: \"1\", department: \"\") { valid } }",
                "{ townUnits(townCode: \"" + town + "\", limit: -1) { items { id } } }",
                "{ townUnits(townCode: \"" + town + "\", cursor: \"@@\") { items { id } } }",
                "{ unitAssessments(unitId: \"" + unit + "\", year: 99999) { assessed } }",
                "{ staffing(townCode: \"abc\") { asOf } }",
                "{ people(ids: [\"1\", \"x\"]) { id } }",
                "{ personnelSummaries(townCodes: []) { townCode } }");
        List<String> failures = new ArrayList<>();
        for (String q : queries) {
            checkGraphQL(failures, q, given().header("Authorization",
                    Tokens.bearer(Tokens.role("county-org"))).contentType("application/json")
                    .body(Map.of("query", q)).post("/graphql"));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void summariesOfMalformedOrUnknownTownsAreRefusedNotNull() {
        String supervisor = Tokens.bearer(Tokens.role("supervisor"));
        given().header("Authorization", supervisor).get("/api/v1/personnel-summaries?town=abc").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().header("Authorization", supervisor).get("/api/v1/personnel-summaries?town=" + town() + "&town=999999999")
                .then().statusCode(404).body("detail", containsString("999999999"));
        given().header("Authorization", supervisor).get("/api/v1/personnel-summaries?town=" + town()).then()
                .statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void aCursorThatWasNotGivenOutIsRefused() {
        given().header("Authorization", Tokens.bearer(Tokens.role("supervisor"))).get("/api/v1/towns?cursor=abc").then()
                .statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }
}
