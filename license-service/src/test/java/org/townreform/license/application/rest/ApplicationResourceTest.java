package org.townreform.license.application.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.license.Fixtures.DEPT;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.agreementValid;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.dept;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.leader;
import static org.townreform.license.Fixtures.newTownCode;
import static org.townreform.license.Fixtures.path;
import static org.townreform.license.Fixtures.submit;
import static org.townreform.license.Fixtures.submitComplete;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.license.Fixtures;
import org.townreform.license.Fixtures.Submitted;
import org.townreform.license.PersonnelContractServer;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApplicationResourceTest {

    @BeforeEach
    void calendars() {
        Fixtures.calendars();
    }

    /** A town with an ENTRUSTED agreement for a new LICENSE item of {@code promised} days; returns {town, item}. */
    private static String[] delegated(String kind, int promised, String mode) {
        String town = newTownCode();
        String item = item(kind, promised);
        agreement(town, mode, item);
        return new String[]{town, item};
    }

    private static Submitted underReview(String town, String item, String day) {
        Submitted s = submitComplete(town, item, day);
        clerk(town).body(Map.of("date", day)).post(path(s.id(), "accept")).then().statusCode(200);
        clerk(town).body(Map.of("date", day)).post(path(s.id(), "start-review")).then().statusCode(200);
        return s;
    }

    @Test
    void submissionAnswersTheNumberAndAVerificationCodeOnce() {
        String[] d = delegated("LICENSE", 10, "ENTRUSTED");
        Submitted s = submitComplete(d[0], d[1], "2026-03-02");
        assertThat(s.number()).startsWith(d[0] + "-20260302-");
        assertThat(s.code()).hasSize(8);
        clerk(d[0]).get("/api/v1/applications/" + s.id()).then().statusCode(200)
                .body("verificationCode", nullValue())
                .body("state", equalTo("SUBMITTED"))
                .body("applicant.idNumber", equalTo(Fixtures.RESIDENT_ID));
        as("supervisor").get("/api/v1/applications/" + s.id()).then().statusCode(200)
                .body("applicant.idNumber", equalTo("4419**********1231"));
    }

    /** The town's name is personnel-service's registry's (the recorded contract names every town 石龙镇), not free text. */
    @Test
    void theTownNameIsTheRegistrysNameNotTheClients() {
        String[] d = delegated("LICENSE", 10, "ENTRUSTED");
        Submitted s = submitComplete(d[0], d[1], "2026-03-02");
        clerk(d[0]).get("/api/v1/applications/" + s.id()).then().statusCode(200).body("townName", equalTo("石龙镇"));
        Map<String, Object> body = new java.util.HashMap<>(Map.of("townCode", d[0], "itemCode", d[1], "channel",
                "COUNTER", "date", "2026-03-02", "applicant", Map.of("kind", "PERSON", "name", Fixtures.NAME,
                        "residentId", Fixtures.RESIDENT_ID, "phone", Fixtures.PHONE)));
        body.put("townName", "石龙镇");
        clerk(d[0]).body(body).post("/api/v1/applications").then().statusCode(201).body("townName", equalTo("石龙镇"));
        body.put("townName", "别的镇");
        clerk(d[0]).body(body).post("/api/v1/applications").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("TOWN_NAME_MISMATCH"));
        clerk(d[0]).get("/api/v1/towns/" + d[0] + "/applications").then().statusCode(200).body("items", hasSize(2))
                .body("items.townName", everyItem(equalTo("石龙镇")));
    }

    private static io.restassured.specification.RequestSpecification as(String role) {
        return Fixtures.as(role);
    }

    /** 严禁超越权限: the centre does not take in an application for an item the town holds no ACTIVE agreement for. */
    @Test
    void submittingWithoutAnActiveAgreementIsBeyondDelegatedAuthorityAndStoresNothing() {
        String town = newTownCode();
        String item = item("LICENSE", 10);
        String other = item("LICENSE", 10);
        agreementValid(town, "ENTRUSTED", "2026-04-01", "2027-12-31", item);
        for (String[] attempt : List.of(new String[]{other, "2026-05-04"}, new String[]{item, "2026-03-02"})) {
            Map<String, Object> body = Map.of("townCode", town, "itemCode", attempt[0], "channel", "COUNTER",
                    "materials", List.of("申请书", "营业执照复印件"), "date", attempt[1], "applicant",
                    Map.of("kind", "PERSON", "name", Fixtures.NAME, "residentId", Fixtures.RESIDENT_ID, "phone",
                            Fixtures.PHONE));
            clerk(town).body(body).post("/api/v1/applications").then().statusCode(403)
                    .contentType("application/problem+json").body("code", equalTo("BEYOND_DELEGATED_AUTHORITY"));
        }
        clerk(town).get("/api/v1/towns/" + town + "/applications").then().statusCode(200).body("items", hasSize(0));
        clerk(town).get("/api/v1/licensing-views?towns=" + town + "&asOf=2026-05-04").then().statusCode(200)
                .body("[0].openApplications", equalTo(0)).body("[0].overdueCases", equalTo(0));
        // within the agreement's dates the same item is taken in
        submitComplete(town, item, "2026-04-01");
    }

    @Test
    void acceptingAfterTheAgreementEndedIsBeyondDelegatedAuthority() {
        String town = newTownCode();
        String item = item("LICENSE", 10);
        agreementValid(town, "ENTRUSTED", "2025-01-01", "2026-03-02", item);
        Submitted s = submitComplete(town, item, "2026-03-02");
        clerk(town).body(Map.of("date", "2026-03-03")).post(path(s.id(), "accept"))
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("BEYOND_DELEGATED_AUTHORITY"));
        clerk(town).get("/api/v1/applications/" + s.id()).then().body("state", equalTo("SUBMITTED"));
    }

    @Test
    void anAgreementSuspendedBetweenAcceptanceAndDecisionForbidsTheDecision() {
        String town = newTownCode();
        String item = item("LICENSE", 10);
        long agreement = agreement(town, "ENTRUSTED", item);
        Submitted s = underReview(town, item, "2026-03-02");
        dept(DEPT).body(Map.of("date", "2026-03-04", "reason", "整改期间暂停")).post(
                "/api/v1/agreements/" + agreement + "/suspend").then().statusCode(200);
        leader(town).body(Map.of("date", "2026-03-05")).post(path(s.id(), "approve"))
                .then().statusCode(403).body("code", equalTo("BEYOND_DELEGATED_AUTHORITY"));
        // dated before the suspension, the decision was within the town's authority
        leader(town).body(Map.of("date", "2026-03-03")).post(path(s.id(), "approve"))
                .then().statusCode(200).body("state", equalTo("APPROVED"));
    }

    @Test
    void openCasesOfASuspendedAgreementAreListedAndTransferredBack() {
        String town = newTownCode();
        String item = item("LICENSE", 10);
        long agreement = agreement(town, "DEVOLVED", item);
        Submitted s = submitComplete(town, item, "2026-03-02");
        dept(DEPT).body(Map.of("date", "2026-03-03")).post("/api/v1/agreements/" + agreement + "/suspend")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        clerk(town).body(Map.of("date", "2026-03-03")).post(path(s.id(), "accept"))
                .then().statusCode(403).body("code", equalTo("BEYOND_DELEGATED_AUTHORITY"));
        clerk(town).get("/api/v1/agreements/" + agreement + "/open-applications").then().statusCode(200)
                .body("items.id", hasItem((int) s.id()));
        clerk(town).body(Map.of("date", "2026-03-04", "reason", "协议暂停,退回部门")).post(path(s.id(), "transfer"))
                .then().statusCode(200).body("state", equalTo("TRANSFERRED")).body("transferredTo", equalTo(DEPT));
    }

    @Test
    void theDeadlineCountsWorkingDaysAcrossTheGoldenWeekAndAMakeUpSaturday() {
        String[] d = delegated("LICENSE", 5, "ENTRUSTED");
        Submitted s = submitComplete(d[0], d[1], "2026-09-30");
        // accepted Wed 30 Sep; 1-7 Oct rest; Thu 8, Fri 9, Sat 10 (make-up working day), Mon 12, Tue 13
        clerk(d[0]).body(Map.of("date", "2026-09-30")).post(path(s.id(), "accept")).then().statusCode(200);
        clerk(d[0]).get("/api/v1/applications/" + s.id() + "?asOf=2026-10-09").then().statusCode(200)
                .body("clock.phase", equalTo("DECISION"))
                .body("clock.deadline", equalTo("2026-10-13"))
                .body("clock.provisional", equalTo(false))
                .body("clock.workingDaysUsed", equalTo(2))
                .body("clock.workingDaysLeft", equalTo(3));
    }

    @Test
    void lightsTurnYellowAtEightyPercentAndRedWhenOverdue() {
        String[] d = delegated("LICENSE", 10, "ENTRUSTED");
        Submitted s = underReview(d[0], d[1], "2026-03-02");
        String get = "/api/v1/applications/" + s.id() + "?asOf=";
        clerk(d[0]).get(get + "2026-03-05").then().body("clock.light", equalTo("GREEN"))
                .body("clock.deadline", equalTo("2026-03-16"));
        clerk(d[0]).get(get + "2026-03-13").then().body("clock.light", equalTo("YELLOW"))
                .body("clock.workingDaysLeft", equalTo(1));
        clerk(d[0]).get(get + "2026-03-16").then().body("clock.light", equalTo("YELLOW"))
                .body("clock.overdue", equalTo(false));
        clerk(d[0]).get(get + "2026-03-17").then().body("clock.light", equalTo("RED"))
                .body("clock.overdue", equalTo(true)).body("clock.workingDaysLeft", equalTo(-1));
        clerk(d[0]).get("/api/v1/towns/" + d[0] + "/applications?light=RED&asOf=2026-03-17").then().statusCode(200)
                .body("items.id", hasItem((int) s.id()));
        clerk(d[0]).get("/api/v1/towns/" + d[0] + "/applications?light=GREEN&asOf=2026-03-17").then()
                .statusCode(200).body("items.id", not(hasItem((int) s.id())));
    }

    @Test
    void theSupplementNoticeIsOneTimeAndStopsTheClock() {
        String[] d = delegated("LICENSE", 10, "ENTRUSTED");
        Submitted s = underReview(d[0], d[1], "2026-03-02");
        clerk(d[0]).body(Map.of("date", "2026-03-04", "alsoMissing", List.of("清晰的身份证复印件"), "note", "复印件不清"))
                .post(path(s.id(), "request-supplement")).then().statusCode(200)
                .body("state", equalTo("SUPPLEMENT_REQUESTED"))
                .body("supplement.missing", hasItem("清晰的身份证复印件"))
                .body("clock.paused", equalTo(true));
        clerk(d[0]).body(Map.of("date", "2026-03-11", "materials", List.of("清晰的身份证复印件")))
                .post(path(s.id(), "supplement")).then().statusCode(200).body("state", equalTo("UNDER_REVIEW"));
        // 10 working days from 2 Mar end on 16 Mar; the 5 working days waiting (5, 6, 9, 10, 11 Mar) move it to 23 Mar
        clerk(d[0]).get("/api/v1/applications/" + s.id() + "?asOf=2026-03-12").then()
                .body("clock.pausedWorkingDays", equalTo(5))
                .body("clock.deadline", equalTo("2026-03-23"))
                .body("clock.paused", equalTo(false));
        clerk(d[0]).body(Map.of("date", "2026-03-12", "alsoMissing", List.of("再一份"))).post(path(s.id(),
                "request-supplement")).then().statusCode(409).body("code", equalTo("SUPPLEMENT_ALREADY_REQUESTED"));
    }

    /**
     * Administrative Licensing Law art. 32: the notice went out within the 5 working days, so the application is not
     * deemed accepted on the submission day; the complete supplement weeks later is the acceptance, and the promised
     * days run from it.
     */
    @Test
    void aNoticeInTimeThenACompleteSupplementWeeksLaterIsAcceptedOnTheSupplementDay() {
        String[] d = delegated("LICENSE", 5, "ENTRUSTED");
        Submitted s = submit(d[0], d[1], "2026-03-02", List.of("申请书"));
        String get = "/api/v1/applications/" + s.id() + "?asOf=";
        clerk(d[0]).body(Map.of("date", "2026-03-04")).post(path(s.id(), "request-supplement")).then()
                .statusCode(200).body("state", equalTo("SUPPLEMENT_REQUESTED"));
        clerk(d[0]).get(get + "2026-03-20").then().statusCode(200)
                .body("clock.phase", equalTo("ACCEPTANCE")).body("clock.deemedAccepted", equalTo(false))
                .body("clock.paused", equalTo(true)).body("clock.deadline", nullValue())
                .body("clock.light", equalTo("GREEN"));
        clerk(d[0]).body(Map.of("date", "2026-03-30", "materials", List.of("营业执照复印件")))
                .post(path(s.id(), "supplement")).then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("acceptedOn", equalTo("2026-03-30"))
                .body("agreementId", notNullValue());
        // 5 working days from Mon 30 Mar: 31 Mar, 1, 2, 3 Apr and, after Qingming (4-6 Apr), Tue 7 Apr
        clerk(d[0]).get(get + "2026-03-30").then().statusCode(200)
                .body("clock.phase", equalTo("DECISION")).body("clock.deemedAccepted", equalTo(false))
                .body("clock.clockStart", equalTo("2026-03-30")).body("clock.deadline", equalTo("2026-04-07"))
                .body("clock.workingDaysLeft", equalTo(5)).body("clock.light", equalTo("GREEN"));
        clerk(d[0]).get(get + "2026-04-03").then()
                .body("clock.clockStart", equalTo("2026-03-30")).body("clock.light", equalTo("YELLOW"));
        clerk(d[0]).get("/api/v1/licensing-views?towns=" + d[0] + "&asOf=2026-04-03").then().statusCode(200)
                .body("[0].overdueCases", equalTo(0));
        clerk(d[0]).get("/api/v1/towns/" + d[0] + "/applications?light=RED&asOf=2026-04-03").then()
                .statusCode(200).body("items.id", not(hasItem((int) s.id())));
    }

    @Test
    void anIncompleteSupplementIsNotAnAcceptanceAndCanStillBeRefused() {
        String[] d = delegated("LICENSE", 5, "ENTRUSTED");
        Submitted s = submit(d[0], d[1], "2026-03-02", List.of("申请书"));
        clerk(d[0]).body(Map.of("date", "2026-03-04", "alsoMissing", List.of("清晰的身份证复印件")))
                .post(path(s.id(), "request-supplement")).then().statusCode(200);
        clerk(d[0]).body(Map.of("date", "2026-03-30", "materials", List.of("营业执照复印件")))
                .post(path(s.id(), "supplement")).then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("acceptedOn", nullValue());
        clerk(d[0]).get("/api/v1/applications/" + s.id() + "?asOf=2026-04-08").then()
                .body("clock.phase", equalTo("ACCEPTANCE")).body("clock.deemedAccepted", equalTo(false))
                .body("clock.acceptanceDue", equalTo("2026-04-07")).body("clock.light", equalTo("RED"));
        clerk(d[0]).body(Map.of("date", "2026-04-08", "reason", "补正材料仍不齐全")).post(path(s.id(), "reject"))
                .then().statusCode(200).body("state", equalTo("NOT_ACCEPTED"));
    }

    @Test
    void acceptanceNeedsEveryRequiredMaterial() {
        String[] d = delegated("LICENSE", 10, "ENTRUSTED");
        Submitted s = submit(d[0], d[1], "2026-03-02", List.of("申请书"));
        clerk(d[0]).body(Map.of("date", "2026-03-03")).post(path(s.id(), "accept")).then().statusCode(422)
                .body("code", equalTo("MATERIALS_MISSING"));
        clerk(d[0]).body(Map.of("date", "2026-03-03")).post(path(s.id(), "request-supplement")).then()
                .statusCode(200).body("supplement.missing", equalTo(List.of("营业执照复印件")));
    }

    @Test
    void anApplicationLeftAloneFiveWorkingDaysCountsAsAcceptedOnTheDayOfSubmission() {
        String[] d = delegated("LICENSE", 10, "ENTRUSTED");
        Submitted s = submit(d[0], d[1], "2026-03-02", List.of("申请书"));
        clerk(d[0]).get("/api/v1/applications/" + s.id() + "?asOf=2026-03-09").then()
                .body("clock.phase", equalTo("ACCEPTANCE")).body("clock.acceptanceDue", equalTo("2026-03-09"));
        clerk(d[0]).get("/api/v1/applications/" + s.id() + "?asOf=2026-03-10").then()
                .body("clock.phase", equalTo("DECISION")).body("clock.deemedAccepted", equalTo(true))
                .body("clock.clockStart", equalTo("2026-03-02")).body("clock.deadline", equalTo("2026-03-16"));
        clerk(d[0]).body(Map.of("date", "2026-03-10", "reason", "材料不全")).post(path(s.id(), "reject")).then()
                .statusCode(409).body("code", equalTo("DEEMED_ACCEPTED"));
        clerk(d[0]).body(Map.of("date", "2026-03-10")).post(path(s.id(), "accept")).then().statusCode(200)
                .body("acceptedOn", equalTo("2026-03-02")).body("clock.deemedAccepted", equalTo(true));
    }

    @Test
    void anUnfiledDecisionBecomesOverdueAfterOneCalendarMonth() {
        String[] d = delegated("LICENSE", 10, "DEVOLVED");
        Submitted s = underReview(d[0], d[1], "2026-09-01");
        leader(d[0]).body(Map.of("date", "2026-09-01")).post(path(s.id(), "approve")).then().statusCode(200)
                .body("decision.issuedInNameOf", equalTo("测试镇人民政府"))
                .body("decision.sealName", notNullValue());
        // 1 Sep + 1 month = 1 Oct, National Day: the period ends on Thu 8 Oct
        clerk(d[0]).get("/api/v1/applications/" + s.id() + "?asOf=2026-10-08").then()
                .body("filing.due", equalTo("2026-10-08")).body("filing.overdue", equalTo(false));
        clerk(d[0]).get("/api/v1/applications/" + s.id() + "?asOf=2026-10-09").then()
                .body("filing.overdue", equalTo(true));
        dept(DEPT).body(Map.of("receiptNumber", "东执备〔2026〕88号", "receivedOn", "2026-10-09"))
                .post(path(s.id(), "file")).then().statusCode(200).body("state", equalTo("FILED"))
                .body("filing.late", equalTo(true)).body("filing.overdue", equalTo(false))
                .body("decision.outcome", equalTo("APPROVED"));
    }

    @Test
    void underAnEntrustedAgreementTheDecisionIsIssuedInTheDepartmentsName() {
        String[] d = delegated("LICENSE", 10, "ENTRUSTED");
        Submitted s = underReview(d[0], d[1], "2026-03-02");
        leader(d[0]).body(Map.of("date", "2026-03-03", "reason", "不符合条件")).post(path(s.id(), "deny")).then()
                .statusCode(200).body("state", equalTo("DENIED")).body("decision.issuedInNameOf", equalTo(DEPT));
    }

    @Test
    void aDenialNeedsAReasonAndOnlyTheLeaderDecides() {
        String[] d = delegated("LICENSE", 10, "ENTRUSTED");
        Submitted s = underReview(d[0], d[1], "2026-03-02");
        leader(d[0]).body(Map.of("date", "2026-03-03")).post(path(s.id(), "deny")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        clerk(d[0]).body(Map.of("date", "2026-03-03")).post(path(s.id(), "approve")).then().statusCode(403);
    }

    @Test
    void enforcementDecisionsAskPersonnelServiceForTheReviewersCertificate() {
        String[] d = delegated("ENFORCEMENT", 10, "ENTRUSTED");
        Submitted s = underReview(d[0], d[1], "2026-03-02");
        String approve = path(s.id(), "approve");
        leader(d[0]).body(Map.of("date", "2026-03-02")).post(approve).then().statusCode(422)
                .body("code", equalTo("REVIEWER_REQUIRED"));
        leader(d[0]).body(Map.of("date", "2026-03-02", "reviewerId", PersonnelContractServer.NOT_CERTIFIED))
                .post(approve).then().statusCode(422).body("code", equalTo("REVIEWER_NOT_CERTIFIED"));
        leader(d[0]).body(Map.of("date", "2026-03-02", "reviewerId", PersonnelContractServer.UNKNOWN))
                .post(approve).then().statusCode(422).body("code", equalTo("REVIEWER_UNKNOWN"));
        leader(d[0]).body(Map.of("date", "2026-03-02", "reviewerId", PersonnelContractServer.SILENT))
                .post(approve).then().statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("PERSONNEL_UNAVAILABLE"));
        leader(d[0]).body(Map.of("date", "2026-03-02", "reviewerId", PersonnelContractServer.HANG_UP))
                .post(approve).then().statusCode(503).body("code", equalTo("PERSONNEL_UNAVAILABLE"));
        clerk(d[0]).get("/api/v1/applications/" + s.id()).then().body("state", equalTo("UNDER_REVIEW"));
        leader(d[0]).body(Map.of("date", "2026-03-02", "reviewerId", PersonnelContractServer.CERTIFIED))
                .post(approve).then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("decision.reviewerId", equalTo((int) PersonnelContractServer.CERTIFIED))
                .body("decision.reviewerCertificate", equalTo("粤东执法 0012345"));
        assertThat(PersonnelContractServer.lastAuthorization).startsWith("Bearer ");
        assertThat(PersonnelContractServer.lastQuery).contains("date=2026-03-02");
    }

    @Test
    void preReviewApprovalsAreForwardedToTheDepartment() {
        String[] d = delegated("PRE_REVIEW", 10, "ENTRUSTED");
        Submitted s = underReview(d[0], d[1], "2026-03-02");
        leader(d[0]).body(Map.of("date", "2026-03-03")).post(path(s.id(), "approve")).then().statusCode(200)
                .body("forwarding.status", equalTo("PENDING"));
        dept(DEPT).body(Map.of("outcome", "FORWARDED", "date", "2026-03-04", "reference", "东发改转〔2026〕3号"))
                .post(path(s.id(), "forwarding-answer")).then().statusCode(200)
                .body("forwarding.status", equalTo("FORWARDED"));
        dept(DEPT).body(Map.of("outcome", "RETURNED")).post(path(s.id(), "forwarding-answer")).then()
                .statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void illegalTransitionsAre409AndNothingChanges() {
        String[] d = delegated("LICENSE", 10, "ENTRUSTED");
        Submitted s = submitComplete(d[0], d[1], "2026-03-02");
        leader(d[0]).body(Map.of("date", "2026-03-02")).post(path(s.id(), "approve")).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
        clerk(d[0]).body(Map.of()).post(path(s.id(), "file")).then().statusCode(400);
        clerk(d[0]).body(Map.of("date", "2026-03-02")).post(path(s.id(), "withdraw")).then().statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        clerk(d[0]).body(Map.of("date", "2026-03-02")).post(path(s.id(), "accept")).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void badInputIsAClear4xxNever500() {
        String[] d = delegated("LICENSE", 10, "ENTRUSTED");
        Submitted s = submitComplete(d[0], d[1], "2026-03-02");
        clerk(d[0]).body("{\"townCode\": ").post("/api/v1/applications").then().statusCode(400);
        clerk(d[0]).body(Map.of("townCode", d[0], "itemCode", d[1], "channel", "FAX", "applicant",
                Map.of("kind", "PERSON", "name", "x", "residentId", Fixtures.RESIDENT_ID, "phone", "138")))
                .post("/api/v1/applications").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        clerk(d[0]).body(Map.of("townCode", d[0], "itemCode", d[1], "channel", "COUNTER", "applicant",
                Map.of("kind", "PERSON", "name", "x", "residentId", "441900199001011232", "phone", "13800138000")))
                .post("/api/v1/applications").then().statusCode(400).body("errors.field", hasItem("applicant.residentId"));
        clerk(d[0]).body(Map.of("townCode", d[0], "itemCode", d[1], "channel", "COUNTER", "applicant",
                Map.of("kind", "ORGANISATION", "name", "x", "uscc", "91441900MA4UJY1A5B", "phone", "13800138000")))
                .post("/api/v1/applications").then().statusCode(400).body("errors.field", hasItem("applicant.uscc"));
        clerk(d[0]).body(Map.of("townCode", d[0], "itemCode", "NO-SUCH", "channel", "COUNTER", "applicant",
                Map.of("kind", "PERSON", "name", "x", "residentId", Fixtures.RESIDENT_ID, "phone", "13800138000")))
                .post("/api/v1/applications").then().statusCode(422).body("code", equalTo("ITEM_UNKNOWN"));
        clerk(d[0]).get("/api/v1/applications/abc").then().statusCode(400);
        clerk(d[0]).get("/api/v1/applications/99999999").then().statusCode(404);
        clerk(d[0]).get("/api/v1/applications/" + s.id() + "?asOf=2026-13-01").then().statusCode(400);
        clerk(d[0]).body(Map.of("date", "2099-01-01")).post(path(s.id(), "accept")).then().statusCode(422)
                .body("code", equalTo("DATE_IN_FUTURE"));
        clerk(d[0]).body(Map.of("date", "2026-03-01")).post(path(s.id(), "accept")).then().statusCode(422)
                .body("code", equalTo("DATE_BEFORE_PREVIOUS_STEP"));
        clerk(d[0]).body("[1,2]").post(path(s.id(), "accept")).then().statusCode(400);
        clerk(d[0]).get("/api/v1/towns/" + d[0] + "/applications?state=LOST").then().statusCode(400);
        clerk(d[0]).header("If-Match", "\"7\"").body(Map.of("date", "2026-03-02")).post(path(s.id(), "accept"))
                .then().statusCode(409).body("code", equalTo("STALE_VERSION"));
    }

    @Test
    void aTownUserCannotReachAnotherTownsApplications() {
        String[] d = delegated("LICENSE", 10, "ENTRUSTED");
        Submitted s = submitComplete(d[0], d[1], "2026-03-02");
        String other = newTownCode();
        clerk(other).get("/api/v1/applications/" + s.id()).then().statusCode(403)
                .body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        clerk(other).get("/api/v1/towns/" + d[0] + "/applications").then().statusCode(403)
                .body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        given().get("/api/v1/applications/" + s.id()).then().statusCode(401);
    }
}
