package org.townreform.license.robustness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.common.testing.MalformedAnswers.abbreviate;
import static org.townreform.common.testing.MalformedAnswers.checkGraphQL;
import static org.townreform.common.testing.MalformedAnswers.checkProblem;
import static org.townreform.license.Fixtures.DEPT;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.newTownCode;
import static org.townreform.license.Fixtures.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Tokens;
import org.townreform.license.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * However malformed, no request gets a 500 or an answer a client cannot parse: every REST refusal is problem+json, every
 * GraphQL error carries a code (or is a GraphQL validation error).
 */
@QuarkusTest
class MalformedRequestTest {
    private static final List<String> BODIES = List.of("", "null", "[]", "{", "\"x\"", "42", "{\"date\":\"2025-02-30\"}",
            "{\"date\":\"9999-12-31\"}", "{\"date\":\"0001-01-01\", \"reason\": \"x\"}", "{\"date\":\"1900-01-02\"}",
            "{\"date\":\"+99999-01-01\"}", "{\"reviewerId\": 1e400, \"date\": \"2026-03-02\"}",
            "{\"reviewerId\": -1, \"date\": \"2026-03-02\", \"reason\": \"x\"}",
            "{\"reviewerId\": \"99999999999999999999999\"}", "{\"rating\": 99999999999}", "{\"rating\": -1}",
            "{\"materials\": [null]}", "{\"materials\": \"x\"}", "{\"missing\": [null], \"note\": 5}",
            "{\"itemCodes\": [null], \"validFrom\": [], \"validTo\": {}}",
            "{\"reference\": \"r\", \"department\": \"" + DEPT + "\", \"townCode\": \"441900113\", \"townName\": \"x\", "
                    + "\"mode\": \"ENTRUSTED\", \"validFrom\": \"2030-01-01\", \"validTo\": \"2020-01-01\", "
                    + "\"sealName\": \"s\", \"itemCodes\": [\"nope\"]}",
            "{\"receivedOn\": \"0001-01-01\", \"receiptNumber\": \"x\"}", "{\"outcome\": \"FOO\", \"date\": \"x\"}",
            "{\"outcome\": \"FORWARDED\", \"date\": \"2026-03-02\", \"reference\": \"" + "r".repeat(5000) + "\"}",
            "{\"townCode\": \"441900113\", \"itemCode\": \"x\", \"applicant\": null, \"channel\": \"PIGEON\"}",
            "{\"townCode\": \"441900113\", \"itemCode\": \"x\", \"applicant\": {\"kind\": \"PERSON\", \"name\": \"n\", "
                    + "\"residentId\": \"123\"}, \"channel\": \"COUNTER\", \"date\": \"2026-02-29\"}",
            "{\"measures\": \"m\", \"callbackOn\": \"2026-13-01\", \"applicantSatisfied\": \"maybe\"}",
            "{\"resolution\": {}, \"substantiated\": 3}", "{\"applicationNumber\": 5, \"content\": [1]}");

    private static final List<String> QUERIES = List.of(
            "{ application(id: \"abc\") { id } }", "{ application(id: \"-1\") { id } }",
            "{ application(id: \"99999999999999999999999\") { id } }",
            "{ application(id: \"1\", asOf: \"0001-01-01\") { id } }",
            "{ application(id: \"1\", asOf: \"2025-02-30\") { id } }",
            "{ townApplications(townCode: \"x\") { items { id } } }",
            "{ townApplications(townCode: \"441900113\", limit: -5) { items { id } } }",
            "{ townApplications(townCode: \"441900113\", limit: 2147483647, cursor: \"@@\") { items { id } } }",
            "{ townApplications(townCode: \"441900113\", asOf: \"9999-12-31\") { items { id } } }",
            "{ agreements(town: \"1\", asOf: \"1900-01-01\", cursor: \"%%\") { items { id } } }",
            "{ agreement(id: \"\") { id } }", "{ agreementOpenApplications(agreementId: \"x\") { id } }",
            "{ items(limit: 0, cursor: \"zz\") { items { code } } }", "{ item(code: \"\") { code } }",
            "{ complaint(id: \"1.5\") { id } }", "{ townComplaints(townCode: \"441900113\", limit: -1) { items { id } } }",
            "{ rectification(id: \"0\", asOf: \"0001-01-01\") { id } }",
            "{ licensingViews(townCodes: [], asOf: \"2026-03-02\") { townCode } }",
            "{ licensingViews(townCodes: [\"x\", \"441900113\"], asOf: \"0001-01-01\") { townCode } }",
            "mutation { acceptApplication(id: \"abc\", input: {date: \"9999-12-31\"}) { id } }",
            "mutation { approveApplication(id: \"1\", input: {reviewerId: \"x\"}) { id } }",
            "mutation { evaluateApplication(applicationId: \"1\", evaluation: {rating: 99}) { id } }",
            "mutation { fileDecision(id: \"1\", input: {receivedOn: \"0001-01-01\", receiptNumber: \"\"}) { id } }");

    @Test
    void noBodyOrParameterMakesA500OrAnAnswerThatIsNotAProblem() {
        Fixtures.calendars();
        String town = newTownCode();
        String item = item("ENFORCEMENT", 10);
        long agreement = agreement(town, "ENTRUSTED", item);
        var s = Fixtures.submitComplete(town, item, "2026-03-02");
        long app = s.id();
        clerk(town).body(Map.of("date", "2026-03-02")).post(path(app, "accept")).then().statusCode(200);
        List<String> posts = new ArrayList<>(List.of("/api/v1/agreements", "/api/v1/applications", "/api/v1/complaints",
                "/api/v1/complaints/1/resolve", "/api/v1/rectifications/1/complete", "/api/v1/items/import",
                "/api/v1/public/applications/" + s.number() + "/evaluation?code=" + s.code(),
                "/api/v1/public/applications/" + s.number() + "/complaints?code=" + s.code(),
                "/api/v1/public/applications/x/evaluation?code=", "/api/v1/agreements/99999999999999999999/suspend"));
        for (String action : List.of("suspend", "revoke", "reinstate")) {
            posts.add("/api/v1/agreements/" + agreement + "/" + action);
        }
        for (String action : List.of("reject", "request-supplement", "supplement", "start-review", "approve", "deny",
                "file", "withdraw", "transfer", "forwarding-answer", "evaluation")) {
            posts.add(path(app, action));
        }
        List<String> gets = List.of("/api/v1/items?kind=X&limit=-1", "/api/v1/items?limit=99999999999",
                "/api/v1/items?cursor=@@@", "/api/v1/items/%20", "/api/v1/agreements?town=x&asOf=2025-02-30",
                "/api/v1/agreements?asOf=0001-01-01", "/api/v1/agreements/abc",
                "/api/v1/agreements/99999999999999999999/open-applications",
                "/api/v1/agreements/" + agreement + "/open-applications?asOf=+99999-01-01",
                "/api/v1/applications/" + app + "?asOf=0001-01-01", "/api/v1/applications/" + app + "?asOf=9999-12-31",
                "/api/v1/applications/" + app + "?asOf=1900-01-01", "/api/v1/applications/-1",
                "/api/v1/towns/x/applications?state=FOO&light=BAR&asOf=x",
                "/api/v1/towns/" + town + "/applications?asOf=1800-01-01&limit=0",
                "/api/v1/rectifications/1?asOf=99999-01-01", "/api/v1/complaints/x",
                "/api/v1/towns/" + town + "/complaints?limit=-1&asOf=0001-01-01",
                "/api/v1/public/applications/X?code=", "/api/v1/public/applications/%00?code=a",
                "/api/v1/public/applications/" + s.number() + "?code=" + s.code() + "&asOf=0001-01-01",
                "/api/v1/licensing-views?towns=&asOf=x", "/api/v1/licensing-views?towns=" + town + "&asOf=3000-01-01",
                "/api/v1/licensing-views?towns=" + town + "&asOf=0001-01-01",
                "/api/v1/towns/" + town + "/licensing-view?asOf=0001-01-01", "/api/v1/calendar/99999",
                "/api/v1/calendar/abc", "/api/v1/calendar/-1", "/api/v1/audit?limit=-1&cursor=x");
        List<String> failures = new ArrayList<>();
        List<String> tokens = List.of(Tokens.town("town-leader", town), Tokens.dept(DEPT), Tokens.role("county-org"));
        for (String token : tokens) {
            String bearer = Tokens.bearer(token);
            for (String p : posts) {
                for (String body : BODIES) {
                    checkProblem(failures, "POST " + p + " " + abbreviate(body), given().header("Authorization", bearer)
                            .contentType("application/json").body(body).post(p));
                }
                checkProblem(failures, "POST text " + p, given().header("Authorization", bearer).contentType("text/plain")
                        .body("hello").post(p));
            }
            for (String body : BODIES) {
                checkProblem(failures, "PUT calendar " + abbreviate(body), given().header("Authorization", bearer)
                        .contentType("application/json").body(body).put("/api/v1/calendar/2031"));
            }
            for (String g : gets) {
                checkProblem(failures, "GET " + g, given().header("Authorization", bearer).get(g));
            }
            for (String q : QUERIES) {
                checkGraphQL(failures, q, given().header("Authorization", bearer).contentType("application/json")
                        .body(Map.of("query", q)).post("/graphql"));
            }
        }
        checkProblem(failures, "POST with a malformed Idempotency-Key", given().header("Authorization",
                Tokens.bearer(tokens.get(0))).header("Idempotency-Key", "ключ " + "x".repeat(300))
                .contentType("application/json").body("{}").post(path(app, "withdraw")));
        assertThat(failures).isEmpty();
    }
}
