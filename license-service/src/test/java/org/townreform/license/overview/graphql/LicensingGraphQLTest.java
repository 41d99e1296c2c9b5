package org.townreform.license.overview.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.as;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.newTownCode;
import static org.townreform.license.Fixtures.path;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.license.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LicensingGraphQLTest {

    @BeforeEach
    void calendars() {
        Fixtures.calendars();
    }

    private static Map<String, Object> query(String q, Map<String, Object> variables) {
        return Map.of("query", q, "variables", variables);
    }

    @Test
    void licensingViewsOfManyTownsInOneCallInTheOrderAsked() {
        String a = newTownCode();
        String b = newTownCode();
        String item = item("LICENSE", 10);
        agreement(a, "ENTRUSTED", item);
        var s = Fixtures.submitComplete(a, item, "2026-03-02");
        clerk(a).body(Map.of("date", "2026-03-02")).post(path(s.id(), "accept")).then().statusCode(200);
        as("supervisor").body(query("query($t: [String!]!, $d: Date) { licensingViews(townCodes: $t, asOf: $d) "
                + "{ townCode itemsDelegated openApplications overdueCases unfiledDecisions averageRating "
                + "applicationsByLight { light count } } }", Map.of("t", List.of(b, a), "d", "2026-03-17")))
                .post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.licensingViews[0].townCode", equalTo(b))
                .body("data.licensingViews[0].itemsDelegated", equalTo(0))
                .body("data.licensingViews[1].townCode", equalTo(a))
                .body("data.licensingViews[1].itemsDelegated", equalTo(1))
                .body("data.licensingViews[1].openApplications", equalTo(1))
                .body("data.licensingViews[1].overdueCases", equalTo(1))
                .body("data.licensingViews[1].averageRating", nullValue());
    }

    @Test
    void aTownUserAskingForAnotherTownGetsTheStableCode() {
        String mine = newTownCode();
        clerk(mine).body(query("query($t: [String!]!) { licensingViews(townCodes: $t) { townCode } }",
                Map.of("t", List.of(mine, newTownCode())))).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("TOWN_OUT_OF_SCOPE"));
    }

    @Test
    void theWorkflowRunsThroughGraphQLToo() {
        String town = newTownCode();
        String item = item("LICENSE", 10);
        agreement(town, "DEVOLVED", item);
        Object id = clerk(town).body(query("mutation($a: NewApplication!) { submitApplication(application: $a) "
                + "{ id number verificationCode state } }",
                Map.of("a", Map.of("townCode", town, "itemCode", item,
                        "channel", "MOBILE", "materials", List.of("申请书", "营业执照复印件"), "date", "2026-03-02",
                        "applicant", Map.of("kind", "PERSON", "name", "图测试", "residentId", Fixtures.RESIDENT_ID,
                                "phone", Fixtures.PHONE)))))
                .post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.submitApplication.verificationCode", notNullValue())
                .extract().path("data.submitApplication.id");
        clerk(town).body(query("mutation($id: ID!) { acceptApplication(id: $id, input: {date: \"2026-03-02\"}) "
                + "{ state clock { deadline light } } }", Map.of("id", id))).post("/graphql").then()
                .body("data.acceptApplication.state", equalTo("ACCEPTED"))
                .body("data.acceptApplication.clock.deadline", equalTo("2026-03-16"));
        clerk(town).body(query("mutation($id: ID!) { approveApplication(id: $id, input: {date: \"2026-03-03\"}) "
                + "{ state } }", Map.of("id", id))).post("/graphql").then()
                .body("errors[0].message", notNullValue());
        clerk(town).body(query("query($id: ID!) { application(id: $id) { state number } }", Map.of("id", id)))
                .post("/graphql").then().body("data.application.state", equalTo("ACCEPTED"));
    }
}
