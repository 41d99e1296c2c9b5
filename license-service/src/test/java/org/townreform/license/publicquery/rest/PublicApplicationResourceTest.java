package org.townreform.license.publicquery.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.leader;
import static org.townreform.license.Fixtures.newTownCode;
import static org.townreform.license.Fixtures.path;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.license.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PublicApplicationResourceTest {

    @BeforeEach
    void calendars() {
        Fixtures.calendars();
    }

    @Test
    void anyoneWithNumberAndCodeReadsStatusDeadlineAndDecisionButNothingPersonal() {
        String town = newTownCode();
        String item = item("LICENSE", 10);
        agreement(town, "DEVOLVED", item);
        Map<String, Object> body = new HashMap<>();
        body.put("townCode", town);
        body.put("itemCode", item);
        body.put("applicant", Map.of("kind", "ORGANISATION", "name", "东莞市演示贸易有限公司", "uscc", Fixtures.USCC,
                "phone", "0769-22001234"));
        body.put("channel", "ONLINE");
        body.put("materials", List.of("申请书", "营业执照复印件"));
        body.put("date", "2026-03-02");
        var json = clerk(town).body(body).post("/api/v1/applications").then().statusCode(201).extract().jsonPath();
        long id = json.getLong("id");
        String number = json.getString("number");
        String code = json.getString("verificationCode");
        clerk(town).body(Map.of("date", "2026-03-02")).post(path(id, "accept")).then().statusCode(200);
        clerk(town).body(Map.of("date", "2026-03-02")).post(path(id, "start-review")).then().statusCode(200);
        leader(town).body(Map.of("date", "2026-03-03")).post(path(id, "approve")).then().statusCode(200);

        String answer = given().get("/api/v1/public/applications/" + number + "?code=" + code).then().statusCode(200)
                .body("state", equalTo("APPROVED"))
                .body("deadline", equalTo("2026-03-16"))
                .body("decision.outcome", equalTo("APPROVED"))
                .body("decision.issuedInNameOf", equalTo("测试镇人民政府"))
                .extract().asString();
        assertThat(answer).doesNotContain("东莞市演示贸易有限公司", Fixtures.USCC, "0769-22001234", "22001234", "applicant");

        // a wrong code answers exactly like an unknown number
        String wrong = given().get("/api/v1/public/applications/" + number + "?code=WRONG123").then()
                .statusCode(404).body("code", equalTo("NOT_FOUND")).extract().path("detail");
        String unknown = given().get("/api/v1/public/applications/" + town + "-20260302-999999?code=" + code).then()
                .statusCode(404).extract().path("detail");
        assertThat(wrong).isEqualTo(unknown);
        given().get("/api/v1/public/applications/" + number).then().statusCode(404);
    }

    @Test
    void aPersonsApplicationLeaksNoNameIdNumberOrPhone() {
        String town = newTownCode();
        String item = item("LICENSE", 10);
        agreement(town, "ENTRUSTED", item);
        var s = Fixtures.submitComplete(town, item, "2026-03-02");
        String answer = given().get("/api/v1/public/applications/" + s.number() + "?code=" + s.code()).then()
                .statusCode(200).body("state", equalTo("SUBMITTED")).body("deadline", notNullValue())
                .extract().asString();
        assertThat(answer).doesNotContain(Fixtures.NAME, Fixtures.RESIDENT_ID, Fixtures.PHONE, "8000", "1231");
    }

    @Test
    void theApplicantRatesOnceWithTheCodeAndALowRatingOpensARectification() {
        String town = newTownCode();
        String item = item("LICENSE", 10);
        agreement(town, "ENTRUSTED", item);
        var s = Fixtures.submitComplete(town, item, "2026-03-02");
        String rate = "/api/v1/public/applications/" + s.number() + "/evaluation?code=" + s.code();
        given().contentType("application/json").body(Map.of("rating", 2, "date", "2026-03-03")).post(rate).then()
                .statusCode(409).body("code", equalTo("CASE_NOT_ENDED"));
        clerk(town).body(Map.of("date", "2026-03-03", "reason", "申请人撤回")).post(path(s.id(), "withdraw")).then()
                .statusCode(200);
        long rectification = given().contentType("application/json")
                .body(Map.of("rating", 2, "comment", "等候太久", "date", "2026-03-04")).post(rate).then()
                .statusCode(200).body("rectification.status", equalTo("OPEN"))
                .body("rectification.due", equalTo("2026-03-25"))
                .extract().jsonPath().getLong("rectification.id");
        given().contentType("application/json").body(Map.of("rating", 5, "date", "2026-03-04")).post(rate).then()
                .statusCode(409).body("code", equalTo("ALREADY_EVALUATED"));
        clerk(town).body(Map.of("rating", 5, "date", "2026-03-04")).post(path(s.id(), "evaluation")).then()
                .statusCode(409).body("code", equalTo("ALREADY_EVALUATED"));
        clerk(town).body(Map.of("measures", "增设窗口", "callbackDate", "2026-03-10", "callbackNote", "电话回访,表示理解",
                "applicantSatisfied", true, "date", "2026-03-10")).post("/api/v1/rectifications/" + rectification
                        + "/complete")
                .then().statusCode(200).body("rectification.status", equalTo("COMPLETED"))
                .body("rectification.callbackOn", equalTo("2026-03-10"));
        clerk(town).body(Map.of("measures", "x", "callbackNote", "y", "applicantSatisfied", true))
                .post("/api/v1/rectifications/" + rectification + "/complete").then().statusCode(400);
    }

    @Test
    void ratingsOutsideOneToFiveAreRefused() {
        String town = newTownCode();
        String item = item("LICENSE", 10);
        agreement(town, "ENTRUSTED", item);
        var s = Fixtures.submitComplete(town, item, "2026-03-02");
        clerk(town).body(Map.of("rating", 6)).post(path(s.id(), "evaluation")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void complaintsHaveAHandlingDeadlineAHandlerAndAnOutcome() {
        String town = newTownCode();
        long id = clerk(town).body(Map.of("townCode", town, "subject", "窗口办事慢", "content", "排队两小时", "date",
                "2026-03-02")).post("/api/v1/complaints").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("due", equalTo("2026-03-23"))
                .extract().jsonPath().getLong("id");
        clerk(town).get("/api/v1/complaints/" + id + "?asOf=2026-03-24").then().body("overdue", equalTo(true));
        clerk(town).body(Map.of("handler", "x", "outcome", "y")).post("/api/v1/complaints/" + id + "/resolve").then()
                .statusCode(403);
        leader(town).body(Map.of("handler", "镇效能投诉中心 王某", "outcome", "已约谈窗口人员", "date", "2026-03-05"))
                .post("/api/v1/complaints/" + id + "/resolve").then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("overdue", equalTo(false));
        leader(town).body(Map.of("handler", "x", "outcome", "y", "date", "2026-03-05"))
                .post("/api/v1/complaints/" + id + "/resolve").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
    }
}
