package org.townreform.personnel.appointment.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.personnel.Fixtures.as;
import static org.townreform.personnel.Fixtures.asDept;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.register;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Calendars;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class AppointmentResourceTest {
    private static final String HR = "东莞市人力资源局";
    private static final String EPB = "东莞市环境保护局";
    private static boolean calendarsLoaded;

    @BeforeEach
    void loadCalendars() {
        if (!calendarsLoaded) {
            Calendars.loadOfficial();
            calendarsLoaded = true;
        }
    }

    private static RequestSpecification leader(String town) {
        return asTown("town-leader", town);
    }

    private static long open(RequestSpecification who, long unit, long person, String type, boolean leading,
            String date) {
        return ((Number) who.body(Map.of("type", type, "personId", person, "unitId", unit, "postTitle", "主任",
                "leading", leading, "date", date))
                .post("/api/v1/appointments").then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id")).longValue();
    }

    private static ValidatableResponse act(RequestSpecification who, long id, String action, Map<String, ?> body) {
        return who.body(body).post("/api/v1/appointments/" + id + "/" + action).then();
    }

    /** A case on a town unit without consultation, taken to EFFECTIVE: decided and noticed on {@code day}. */
    static long effective(String town, long unit, long person, String type, boolean leading, String day,
            String effectiveOn) {
        long id = open(leader(town), unit, person, type, leading, day);
        act(leader(town), id, "decide", Map.of("meetingReference", "党委会〔" + day + "〕", "date", day)).statusCode(200);
        act(leader(town), id, "publish-notice", Map.of("date", day)).statusCode(200);
        act(leader(town), id, "make-effective", Map.of("date", effectiveOn)).statusCode(200)
                .body("status", equalTo("EFFECTIVE"));
        return id;
    }

    private static long agency(String town, String mode, String dept, int leadershipPosts) {
        return unit(town, Map.of("kind", "DISPATCHED_AGENCY", "managementMode", mode, "superiorDepartment", dept,
                "administrativeQuota", 5, "institutionQuota", 5, "leadershipPosts", leadershipPosts));
    }

    @Test
    void aTownUnitWithoutSuperiorDepartmentGoesFromDraftToDecisionNoticeAndEffect() {
        String town = town();
        long office = unit(town, Map.of("kind", "INTERNAL_OFFICE", "administrativeQuota", 5, "leadershipPosts", 2));
        long p = person(town, "ADMINISTRATIVE");
        long id = open(leader(town), office, p, "APPOINT", true, "2025-09-22");
        leader(town).get("/api/v1/appointments/" + id).then().statusCode(200)
                .body("authority", equalTo("TOWN")).body("consultedParty", nullValue())
                .body("allowedActions", contains("DECIDE", "WITHDRAW"));
        act(leader(town), id, "decide", Map.of("meetingReference", "镇党委会议纪要〔2025〕12号", "date", "2025-09-24"))
                .statusCode(200).body("status", equalTo("DECIDED")).body("decidedOn", equalTo("2025-09-24"));
        // 2025: 28 Sep (Sunday) is a make-up working day and 1–8 Oct are holidays.
        act(leader(town), id, "publish-notice", Map.of("date", "2025-09-26")).statusCode(200)
                .body("status", equalTo("PUBLIC_NOTICE"))
                .body("notice.workingDays", equalTo(5))
                .body("notice.endsOn", equalTo("2025-10-10"))
                .body("notice.provisional", equalTo(false));
        act(leader(town), id, "make-effective", Map.of("date", "2025-10-10")).statusCode(409)
                .body("code", equalTo("NOTICE_PERIOD_NOT_OVER"));
        act(leader(town), id, "make-effective", Map.of("date", "2025-10-11")).statusCode(200)
                .body("status", equalTo("EFFECTIVE")).body("effectiveOn", equalTo("2025-10-11"))
                .body("allowedActions", empty());
        countyOrg().get("/api/v1/people/" + p).then().body("posts[0].postTitle", equalTo("主任"))
                .body("posts[0].leading", equalTo(true)).body("posts[0].startedOn", equalTo("2025-10-11"));
        as("supervisor").get("/api/v1/audit?entityType=Appointment&entityId=" + id).then()
                .body("items.action", hasItem("APPOINTMENT_EFFECTIVE"))
                .body("items.action", hasItem("APPOINTMENT_NOTICE_PUBLISHED"))
                .body("items", hasSize(4));
    }

    @Test
    void aSkippedStepIsAnIllegalTransition() {
        String town = town();
        long office = unit(town, Map.of("kind", "INTERNAL_OFFICE", "leadershipPosts", 2));
        long id = open(leader(town), office, person(town, "ADMINISTRATIVE"), "APPOINT", false, "2025-03-03");
        act(leader(town), id, "publish-notice", Map.of()).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        act(leader(town), id, "make-effective", Map.of()).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        act(leader(town), id, "consult", Map.of()).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        // With a superior department, the decision needs the consultation first.
        long devolved = agency(town, "DEVOLVED", HR, 2);
        long other = open(leader(town), devolved, person(town, "ADMINISTRATIVE"), "APPOINT", false, "2025-03-03");
        act(leader(town), other, "decide", Map.of("meetingReference", "x")).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("detail", containsString("consult"));
        leader(town).get("/api/v1/appointments/" + other).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aDevolvedUnitIsDecidedByTheTownAfterTheDepartmentsOpinion() {
        String town = town();
        long unit = agency(town, "DEVOLVED", HR, 2);
        long id = open(asTown("town-clerk", town), unit, person(town, "ADMINISTRATIVE"), "APPOINT", true,
                "2025-03-03");
        act(asTown("town-clerk", town), id, "consult", Map.of("date", "2025-03-04")).statusCode(200)
                .body("status", equalTo("CONSULTATION")).body("consultedParty", equalTo(HR));
        act(leader(town), id, "opinion", Map.of("opinion", "AGREE", "text", "同意")).statusCode(403)
                .body("code", equalTo("NOT_CONSULTED_PARTY"));
        act(asDept(EPB), id, "opinion", Map.of("opinion", "AGREE", "text", "同意")).statusCode(403)
                .body("code", equalTo("NOT_CONSULTED_PARTY"));
        act(asDept(HR), id, "opinion", Map.of("opinion", "AGREE", "text", "同意", "date", "2025-03-06"))
                .statusCode(200).body("status", equalTo("CONSULTATION")).body("opinion", equalTo("AGREE"))
                .body("opinionBy", equalTo("test dept-officer"));
        act(asDept(HR), id, "opinion", Map.of("opinion", "DISAGREE", "text", "改主意")).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
        act(asTown("town-clerk", town), id, "decide", Map.of("meetingReference", "x")).statusCode(403);
        act(asDept(HR), id, "decide", Map.of("meetingReference", "x")).statusCode(403)
                .body("code", equalTo("NOT_APPOINTING_AUTHORITY"));
        act(leader(town), id, "decide", Map.of("meetingReference", "镇党委会议〔2025〕5号", "date", "2025-03-07"))
                .statusCode(200).body("status", equalTo("DECIDED"));
    }

    @Test
    void aDisagreementGoesToTheCountyOrganisationDepartment() {
        String town = town();
        long unit = agency(town, "DEVOLVED", HR, 2);
        long id = open(leader(town), unit, person(town, "ADMINISTRATIVE"), "APPOINT", true, "2025-03-03");
        act(leader(town), id, "consult", Map.of()).statusCode(200);
        act(asDept(HR), id, "opinion", Map.of("opinion", "DISAGREE", "text", "资历不足")).statusCode(200)
                .body("status", equalTo("COORDINATION"));
        act(leader(town), id, "decide", Map.of("meetingReference", "x")).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
        act(leader(town), id, "coordinate", Map.of("outcome", "PROCEED")).statusCode(403);
        act(countyOrg(), id, "coordinate", Map.of("outcome", "PROCEED", "text", "经协调，同意任用")).statusCode(200)
                .body("status", equalTo("COORDINATION")).body("coordinationOutcome", equalTo("PROCEED"));
        act(countyOrg(), id, "coordinate", Map.of("outcome", "WITHDRAW")).statusCode(409);
        act(leader(town), id, "decide", Map.of("meetingReference", "镇党委会议〔2025〕6号")).statusCode(200)
                .body("status", equalTo("DECIDED"));

        long second = open(leader(town), unit, person(town, "ADMINISTRATIVE"), "APPOINT", true, "2025-03-03");
        act(leader(town), second, "consult", Map.of()).statusCode(200);
        act(asDept(HR), second, "opinion", Map.of("opinion", "DISAGREE", "text", "不同意")).statusCode(200);
        act(countyOrg(), second, "coordinate", Map.of("outcome", "WITHDRAW", "text", "另行推荐")).statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawnOn", org.hamcrest.Matchers.notNullValue());
        act(leader(town), second, "decide", Map.of("meetingReference", "x")).statusCode(409);
    }

    @Test
    void aDualUnitIsDecidedByTheDepartmentAfterConsultingTheTownPartyCommittee() {
        String town = town();
        long unit = agency(town, "DUAL", "东莞市公安局", 2);
        long p = person(town, "ADMINISTRATIVE");
        leader(town).body(Map.of("type", "APPOINT", "personId", p, "unitId", unit, "postTitle", "所长", "leading", true))
                .post("/api/v1/appointments").then().statusCode(403).body("code", equalTo("NOT_APPOINTING_AUTHORITY"));
        asDept(HR).body(Map.of("type", "APPOINT", "personId", p, "unitId", unit, "postTitle", "所长", "leading", true))
                .post("/api/v1/appointments").then().statusCode(403).body("code", equalTo("NOT_APPOINTING_AUTHORITY"));
        RequestSpecification police = asDept("东莞市公安局");
        long id = open(police, unit, p, "APPOINT", true, "2025-04-01");
        police.get("/api/v1/appointments/" + id).then().body("authority", equalTo("DEPARTMENT"))
                .body("decidingDepartment", equalTo("东莞市公安局"))
                .body("consultedParty", equalTo("TOWN_PARTY_COMMITTEE"));
        act(asDept("东莞市公安局"), id, "consult", Map.of()).statusCode(200);
        act(asDept("东莞市公安局"), id, "opinion", Map.of("opinion", "AGREE", "text", "x")).statusCode(403)
                .body("code", equalTo("NOT_CONSULTED_PARTY"));
        act(leader(town()), id, "opinion", Map.of("opinion", "AGREE", "text", "x")).statusCode(403)
                .body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        act(leader(town), id, "opinion", Map.of("opinion", "AGREE", "text", "镇党委同意")).statusCode(200);
        act(leader(town), id, "decide", Map.of("meetingReference", "x")).statusCode(403)
                .body("code", equalTo("NOT_APPOINTING_AUTHORITY"));
        act(asDept("东莞市公安局"), id, "decide", Map.of("meetingReference", "局党委会〔2025〕9号")).statusCode(200)
                .body("status", equalTo("DECIDED"));
    }

    @Test
    void theTownCannotOpenACaseForAVerticalOrUnchangedUnit() {
        String town = town();
        for (String mode : new String[]{"VERTICAL", "UNCHANGED"}) {
            long unit = agency(town, mode, EPB, 2);
            long p = person(town, "ADMINISTRATIVE");
            Map<String, Object> body = Map.of("type", "APPOINT", "personId", p, "unitId", unit, "postTitle", "分局长",
                    "leading", true);
            leader(town).body(body).post("/api/v1/appointments").then().statusCode(403)
                    .contentType("application/problem+json").body("code", equalTo("NOT_APPOINTING_AUTHORITY"));
            asDept(EPB).body(body).post("/api/v1/appointments").then().statusCode(403)
                    .body("code", equalTo("NOT_APPOINTING_AUTHORITY"));
        }
        leader(town).get("/api/v1/towns/" + town + "/appointments").then().body("items", empty());
    }

    @Test
    void aLeadingAppointmentMayNotExceedTheUnitsLeadershipPosts() {
        String town = town();
        long office = unit(town, Map.of("kind", "INTERNAL_OFFICE", "administrativeQuota", 5, "leadershipPosts", 1));
        effective(town, office, person(town, "ADMINISTRATIVE"), "APPOINT", true, "2025-03-03", "2025-03-17");
        long second = open(leader(town), office, person(town, "ADMINISTRATIVE"), "APPOINT", true, "2025-03-03");
        act(leader(town), second, "decide", Map.of("meetingReference", "x", "date", "2025-03-03")).statusCode(200);
        act(leader(town), second, "publish-notice", Map.of("date", "2025-03-03")).statusCode(200);
        act(leader(town), second, "make-effective", Map.of("date", "2025-03-17")).statusCode(409)
                .body("code", equalTo("LEADERSHIP_POSTS_EXCEEDED"));
        leader(town).get("/api/v1/appointments/" + second).then().body("status", equalTo("PUBLIC_NOTICE"));
        // A post that is not leading does not count.
        effective(town, office, person(town, "ADMINISTRATIVE"), "APPOINT", false, "2025-03-03", "2025-03-17");
    }

    @Test
    void aTransferMovesThePersonsRegistrationAndPosts() {
        String town = town();
        long from = unit(town, Map.of("name", "农业技术服务中心", "institutionQuota", 2, "leadershipPosts", 2));
        long to = unit(town, Map.of("name", "公用事业服务中心", "institutionQuota", 1, "leadershipPosts", 2));
        long p = person(town, "INSTITUTION");
        long reg = register(from, p, "2020-01-02");
        effective(town, from, p, "APPOINT", true, "2024-03-04", "2024-03-18");
        effective(town, to, p, "TRANSFER", true, "2025-03-03", "2025-03-17");
        countyOrg().get("/api/v1/registrations/" + reg).then().body("endReason", equalTo("TRANSFERRED"))
                .body("endedOn", equalTo("2025-03-17"));
        countyOrg().get("/api/v1/people/" + p).then()
                .body("currentRegistration.unitId", equalTo((int) to))
                .body("posts", hasSize(1)).body("posts[0].unitId", equalTo((int) to));
        // The next transfer into the now full unit is refused and changes nothing.
        long q = person(town, "INSTITUTION");
        long qReg = register(from, q, "2020-01-02");
        long id = open(leader(town), to, q, "TRANSFER", false, "2025-03-03");
        act(leader(town), id, "decide", Map.of("meetingReference", "x", "date", "2025-03-03")).statusCode(200);
        act(leader(town), id, "publish-notice", Map.of("date", "2025-03-03")).statusCode(200);
        act(leader(town), id, "make-effective", Map.of("date", "2025-03-17")).statusCode(409)
                .body("code", equalTo("QUOTA_EXCEEDED"));
        countyOrg().get("/api/v1/registrations/" + qReg).then().body("endedOn", nullValue());
    }

    @Test
    void aRemovalEndsThePostNamed() {
        String town = town();
        long office = unit(town, Map.of("kind", "INTERNAL_OFFICE", "leadershipPosts", 1));
        long p = person(town, "ADMINISTRATIVE");
        long notHeld = open(leader(town), office, p, "REMOVE", true, "2025-03-03");
        act(leader(town), notHeld, "decide", Map.of("meetingReference", "x", "date", "2025-03-03")).statusCode(200);
        act(leader(town), notHeld, "publish-notice", Map.of("date", "2025-03-03")).statusCode(200);
        act(leader(town), notHeld, "make-effective", Map.of("date", "2025-03-17")).statusCode(409)
                .body("code", equalTo("POST_NOT_HELD"));
        effective(town, office, p, "APPOINT", true, "2024-03-04", "2024-03-18");
        effective(town, office, p, "REMOVE", true, "2025-04-01", "2025-04-15");
        countyOrg().get("/api/v1/people/" + p).then().body("posts", empty());
        // The post is free again.
        effective(town, office, person(town, "ADMINISTRATIVE"), "APPOINT", true, "2025-05-06", "2025-05-20");
    }

    @Test
    void aCaseMayBeWithdrawnAtAnyStepBeforeItTakesEffect() {
        String town = town();
        long office = unit(town, Map.of("kind", "INTERNAL_OFFICE", "leadershipPosts", 3));
        long id = open(leader(town), office, person(town, "ADMINISTRATIVE"), "SECONDMENT", false, "2025-03-03");
        act(leader(town), id, "decide", Map.of("meetingReference", "x", "date", "2025-03-04")).statusCode(200);
        act(leader(town), id, "publish-notice", Map.of("date", "2025-03-05")).statusCode(200);
        act(asTown("town-clerk", town), id, "objections", Map.of("text", "群众来信反映", "date", "2025-03-06"))
                .statusCode(200).body("notice.objections[0].text", equalTo("群众来信反映"));
        act(leader(town), id, "withdraw", Map.of()).statusCode(400);
        act(leader(town), id, "withdraw", Map.of("reason", "公示期间收到反映，经核实暂缓任用", "date", "2025-03-07"))
                .statusCode(200).body("status", equalTo("WITHDRAWN")).body("withdrawnOn", equalTo("2025-03-07"));
        act(leader(town), id, "withdraw", Map.of("reason", "again")).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
        act(leader(town), id, "objections", Map.of("text", "late")).statusCode(409);
        long done = effective(town, office, person(town, "ADMINISTRATIVE"), "APPOINT", false, "2025-03-03",
                "2025-03-17");
        act(leader(town), done, "withdraw", Map.of("reason", "too late")).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void stepsAreDatedInOrderAndNeverInTheFuture() {
        String town = town();
        long office = unit(town, Map.of("kind", "INTERNAL_OFFICE", "leadershipPosts", 3));
        long id = open(leader(town), office, person(town, "ADMINISTRATIVE"), "APPOINT", false, "2025-03-03");
        act(leader(town), id, "decide", Map.of("meetingReference", "x", "date", "2025-03-01")).statusCode(422)
                .body("code", equalTo("DATE_BEFORE_PREVIOUS_STEP"));
        act(leader(town), id, "decide", Map.of("meetingReference", "x", "date", "2100-01-01")).statusCode(422)
                .body("code", equalTo("DATE_IN_FUTURE"));
        act(leader(town), id, "decide", Map.of("meetingReference", "x", "date", "3 March")).statusCode(400);
    }

    @Test
    void casesAreListedByTownAndStatusWithinScope() {
        String town = town();
        long office = unit(town, Map.of("kind", "INTERNAL_OFFICE", "leadershipPosts", 3));
        long draft = open(leader(town), office, person(town, "ADMINISTRATIVE"), "APPOINT", false, "2025-03-03");
        effective(town, office, person(town, "ADMINISTRATIVE"), "APPOINT", false, "2025-03-03", "2025-03-17");
        leader(town).get("/api/v1/towns/" + town + "/appointments?status=DRAFT").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo((int) draft));
        leader(town).get("/api/v1/towns/" + town + "/appointments").then().body("items", hasSize(2));
        leader(town).get("/api/v1/towns/" + town + "/appointments?status=DONE").then().statusCode(400);
        leader(town()).get("/api/v1/towns/" + town + "/appointments").then().statusCode(403)
                .body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        leader(town()).get("/api/v1/appointments/" + draft).then().statusCode(403);
        leader(town).get("/api/v1/appointments/987654321").then().statusCode(404);
        Map<String, Object> bad = new HashMap<>(Map.of("type", "PROMOTE", "personId", 987_654_321L, "unitId", office,
                "postTitle", "x", "leading", true));
        leader(town).body(bad).post("/api/v1/appointments").then().statusCode(400);
        bad.put("type", "APPOINT");
        bad.remove("leading");
        leader(town).body(bad).post("/api/v1/appointments").then().statusCode(400)
                .body("errors.field", hasItem("leading"));
        bad.put("leading", true);
        leader(town).body(bad).post("/api/v1/appointments").then().statusCode(422)
                .body("code", equalTo("REFERENCE_NOT_FOUND"));
    }

    @Test
    void malformedActionsAreClearProblems() {
        String town = town();
        long office = unit(town, Map.of("kind", "INTERNAL_OFFICE", "leadershipPosts", 3));
        long id = open(leader(town), office, person(town, "ADMINISTRATIVE"), "APPOINT", false, "2025-03-03");
        leader(town).post("/api/v1/appointments/" + id + "/decide").then().statusCode(400);
        leader(town).body("[1,2]").post("/api/v1/appointments/" + id + "/decide").then().statusCode(400);
        leader(town).body("{\"meetingReference\": 12345678901234567890123}").post("/api/v1/appointments/" + id + "/decide")
                .then().statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(200)));
        act(asDept(HR), id, "opinion", Map.of("opinion", "MAYBE", "text", "x")).statusCode(400);
        act(countyOrg(), id, "coordinate", Map.of("outcome", "LATER")).statusCode(400);
        leader(town).body(Map.of()).post("/api/v1/appointments/x1/withdraw").then().statusCode(400);
        leader(town).body(Map.of()).post("/api/v1/appointments/" + id + "/promote").then().statusCode(404);
        leader(town).get("/api/v1/appointments/" + id).then().statusCode(200);
    }
}
