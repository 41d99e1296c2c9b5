package org.townreform.personnel.assessment.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.townreform.personnel.Fixtures.asDept;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.personnel.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AssessmentResourceTest {

    private static ValidatableResponse assess(String town, long unit, long person, int year, String grade) {
        return asTown("town-clerk", town).body(Map.of("personId", person, "unitId", unit, "year", year, "grade", grade))
                .post("/api/v1/assessments").then();
    }

    @Test
    void excellentGradesStayWithinTheShareOfThoseAssessed() {
        String town = town();
        long unit = unit(town, Map.of("institutionQuota", 20));
        // 4 assessed: 20% of 4 rounds down to 0 — no EXCELLENT yet.
        for (int i = 0; i < 3; i++) {
            assess(town, unit, person(town, "INSTITUTION"), 2024, "COMPETENT").statusCode(201);
        }
        assess(town, unit, person(town, "INSTITUTION"), 2024, "EXCELLENT").statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("EXCELLENT_SHARE_EXCEEDED"));
        assess(town, unit, person(town, "INSTITUTION"), 2024, "BASICALLY_COMPETENT").statusCode(201);
        // The 5th assessed may be EXCELLENT (at least one from 5).
        assess(town, unit, person(town, "INSTITUTION"), 2024, "EXCELLENT").statusCode(201)
                .body("status", equalTo("RECORDED"));
        assess(town, unit, person(town, "INSTITUTION"), 2024, "EXCELLENT").statusCode(409)
                .body("code", equalTo("EXCELLENT_SHARE_EXCEEDED"));
        for (int i = 0; i < 3; i++) {
            assess(town, unit, person(town, "INSTITUTION"), 2024, "COMPETENT").statusCode(201);
        }
        // 9 assessed: still one.
        assess(town, unit, person(town, "INSTITUTION"), 2024, "EXCELLENT").statusCode(409);
        assess(town, unit, person(town, "INSTITUTION"), 2024, "COMPETENT").statusCode(201);
        // 10 assessed: two may be EXCELLENT.
        assess(town, unit, person(town, "INSTITUTION"), 2024, "EXCELLENT").statusCode(201);
        asTown("town-leader", town).get("/api/v1/units/" + unit + "/assessments?year=2024").then().statusCode(200)
                .body("assessed", equalTo(10)).body("excellent", equalTo(2)).body("maxExcellent", equalTo(2))
                .body("items", hasSize(10));
        // Another year counts on its own.
        asTown("town-leader", town).get("/api/v1/units/" + unit + "/assessments?year=2023").then()
                .body("assessed", equalTo(0));
    }

    @Test
    void aPersonIsAssessedOncePerYear() {
        String town = town();
        long unit = unit(town, Map.of());
        long p = person(town, "INSTITUTION");
        assess(town, unit, p, 2024, "COMPETENT").statusCode(201);
        assess(town, unit, p, 2024, "INCOMPETENT").statusCode(409).body("code", equalTo("ALREADY_ASSESSED"));
        assess(town, unit, p, 2999, "COMPETENT").statusCode(400);
        assess(town, unit, p, 2100, "COMPETENT").statusCode(422).body("code", equalTo("YEAR_IN_FUTURE"));
        assess(town, unit, p, 2023, "GOOD").statusCode(400);
        assess(town, unit, person(town(), "INSTITUTION"), 2024, "COMPETENT").statusCode(422)
                .body("code", equalTo("TOWN_MISMATCH"));
        assess(town, unit, 987_654_321L, 2024, "COMPETENT").statusCode(422).body("code", equalTo("REFERENCE_NOT_FOUND"));
        asTown("town-clerk", town()).get("/api/v1/units/" + unit + "/assessments").then().statusCode(403)
                .body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        countyOrg().get("/api/v1/units/" + unit + "/assessments?year=20x4").then().statusCode(400);
    }

    @Test
    void theHeadOfADispatchedAgencyIsProposedByTheTownAndConfirmedByTheDepartment() {
        String town = town();
        String dept = "东莞市城市管理综合执法局";
        long agency = unit(town, Map.of("kind", "DISPATCHED_AGENCY", "managementMode", "DEVOLVED",
                "superiorDepartment", dept, "administrativeQuota", 10, "leadershipPosts", 2));
        long head = person(town, "ADMINISTRATIVE");
        Fixtures.effectiveAppointment(town, agency, head, "APPOINT", true, "2023-03-01", "2023-03-15");
        for (int i = 0; i < 3; i++) {
            assess(town, agency, person(town, "ADMINISTRATIVE"), 2024, "COMPETENT").statusCode(201);
        }
        long member = person(town, "ADMINISTRATIVE");
        assess(town, agency, member, 2024, "COMPETENT").statusCode(201).body("status", equalTo("RECORDED"));
        long proposed = ((Number) assess(town, agency, head, 2024, "EXCELLENT").statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("proposedGrade", equalTo("EXCELLENT"))
                .body("confirmingDepartment", equalTo(dept))
                .extract().path("id")).longValue();
        asTown("town-leader", town).body(Map.of()).post("/api/v1/assessments/" + proposed + "/confirm")
                .then().statusCode(403);
        asDept("东莞市人力资源局").body(Map.of()).post("/api/v1/assessments/" + proposed + "/confirm")
                .then().statusCode(403).body("code", equalTo("DEPT_OUT_OF_SCOPE"));
        asDept(dept).body(Map.of("grade", "COMPETENT", "comment", "经考察，确定为称职"))
                .post("/api/v1/assessments/" + proposed + "/confirm")
                .then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("grade", equalTo("COMPETENT"))
                .body("proposedGrade", equalTo("EXCELLENT"))
                .body("confirmedBy", equalTo("test dept-officer"));
        asDept(dept).body(Map.of()).post("/api/v1/assessments/" + proposed + "/confirm")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void aDepartmentConfirmingAnotherGradeKeepsToTheShareToo() {
        String town = town();
        String dept = "东莞市交通运输局";
        long agency = unit(town, Map.of("kind", "DISPATCHED_AGENCY", "managementMode", "DEVOLVED",
                "superiorDepartment", dept, "administrativeQuota", 10, "leadershipPosts", 2));
        long head = person(town, "ADMINISTRATIVE");
        Fixtures.effectiveAppointment(town, agency, head, "APPOINT", true, "2023-03-01", "2023-03-15");
        long proposed = ((Number) assess(town, agency, head, 2024, "COMPETENT").statusCode(201)
                .extract().path("id")).longValue();
        asDept(dept).body(Map.of("grade", "EXCELLENT")).post("/api/v1/assessments/" + proposed + "/confirm")
                .then().statusCode(409).body("code", equalTo("EXCELLENT_SHARE_EXCEEDED"));
        asDept(dept).body(Map.of("grade", "BEST")).post("/api/v1/assessments/" + proposed + "/confirm")
                .then().statusCode(400);
    }
}
