package org.townreform.personnel.limits;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.townreform.personnel.Fixtures.as;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.register;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Calendars;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Every limit — leadership posts, quotas, the office limit — is checked against what is held on the day the change
 * takes effect and on every later day (held: startedOn ≤ day < endedOn), not against what is open today.
 */
@QuarkusTest
class DatedLimitsTest {
    private static boolean calendarsLoaded;

    @BeforeEach
    void loadCalendars() {
        if (!calendarsLoaded) {
            Calendars.loadOfficial();
            calendarsLoaded = true;
        }
    }

    /** A case on a town unit without consultation, decided and noticed on {@code day}; answers its id. */
    private static long noticed(String town, long unit, long person, String type, boolean leading, String day) {
        long id = ((Number) asTown("town-leader", town).body(Map.of("type", type, "personId", person, "unitId", unit,
                "postTitle", "主任", "leading", leading, "date", day))
                .post("/api/v1/appointments").then().statusCode(201).extract().path("id")).longValue();
        asTown("town-leader", town).body(Map.of("meetingReference", "党委会〔" + day + "〕", "date", day))
                .post("/api/v1/appointments/" + id + "/decide").then().statusCode(200);
        asTown("town-leader", town).body(Map.of("date", day))
                .post("/api/v1/appointments/" + id + "/publish-notice").then().statusCode(200);
        return id;
    }

    private static ValidatableResponse makeEffective(String town, long id, String date) {
        return asTown("town-leader", town).body(Map.of("date", date))
                .post("/api/v1/appointments/" + id + "/make-effective").then();
    }

    private static void end(long registration, String date) {
        countyOrg().body(Map.of("date", date)).post("/api/v1/registrations/" + registration + "/end").then()
                .statusCode(200);
    }

    @Test
    void anAppointmentEffectiveTheDayBeforeTheRemovalOfTheOnlyPostHolderIsRefused() {
        String town = town();
        long office = unit(town, Map.of("kind", "INTERNAL_OFFICE", "administrativeQuota", 5, "leadershipPosts", 1));
        long a = person(town, "ADMINISTRATIVE");
        makeEffective(town, noticed(town, office, a, "APPOINT", true, "2025-03-03"), "2025-03-17").statusCode(200);
        long removal = noticed(town, office, a, "REMOVE", true, "2025-05-06");
        makeEffective(town, removal, "2025-06-02").statusCode(200);
        long b = noticed(town, office, person(town, "ADMINISTRATIVE"), "APPOINT", true, "2025-05-06");
        // A holds the only post until the removal takes effect on 2 June: B cannot hold it from 20 May too
        makeEffective(town, b, "2025-05-20").statusCode(409).body("code", equalTo("LEADERSHIP_POSTS_EXCEEDED"))
                .body("detail", containsString("2025-05-20"));
        asTown("town-leader", town).get("/api/v1/appointments/" + b).then().body("status", equalTo("PUBLIC_NOTICE"));
        makeEffective(town, b, "2025-06-02").statusCode(200).body("status", equalTo("EFFECTIVE"));
    }

    @Test
    void anAppointmentCountsAPostHeldFromALaterDayEvenWhenItHasEndedSince() {
        String town = town();
        long office = unit(town, Map.of("kind", "INTERNAL_OFFICE", "administrativeQuota", 5, "leadershipPosts", 1));
        long c = person(town, "ADMINISTRATIVE");
        makeEffective(town, noticed(town, office, c, "APPOINT", true, "2025-08-18"), "2025-09-01").statusCode(200);
        makeEffective(town, noticed(town, office, c, "REMOVE", true, "2025-09-01"), "2025-09-15").statusCode(200);
        // B from 20 May on would share the post with C from 1 to 15 September
        long b = noticed(town, office, person(town, "ADMINISTRATIVE"), "APPOINT", true, "2025-05-06");
        makeEffective(town, b, "2025-05-20").statusCode(409).body("code", equalTo("LEADERSHIP_POSTS_EXCEEDED"))
                .body("detail", containsString("2025-09-01"));
        makeEffective(town, b, "2025-09-15").statusCode(200);
    }

    @Test
    void aRegistrationCountsTheSlotsHeldFromItsFirstDayOn() {
        String town = town();
        long unit = unit(town, Map.of("kind", "BUREAU", "administrativeQuota", 1, "institutionQuota", 0));
        long leaving = register(unit, person(town, "ADMINISTRATIVE"), "2025-01-02");
        end(leaving, "2025-06-02");
        long p = person(town, "ADMINISTRATIVE");
        // the slot is taken until 2 June
        countyOrg().body(Map.of("personId", p, "date", "2025-03-03")).post("/api/v1/units/" + unit + "/registrations")
                .then().statusCode(409).body("code", equalTo("QUOTA_EXCEEDED"));
        countyOrg().body(Map.of("personId", p, "date", "2025-06-02")).post("/api/v1/units/" + unit + "/registrations")
                .then().statusCode(201);

        // a slot taken from a later day, and left again since, still counts for a registration from before
        long other = unit(town, Map.of("kind", "BUREAU", "administrativeQuota", 1, "institutionQuota", 0));
        end(register(other, person(town, "ADMINISTRATIVE"), "2025-08-01"), "2025-09-01");
        long q = person(town, "ADMINISTRATIVE");
        countyOrg().body(Map.of("personId", q, "date", "2025-02-03")).post("/api/v1/units/" + other + "/registrations")
                .then().statusCode(409).body("code", equalTo("QUOTA_EXCEEDED"))
                .body("detail", containsString("2025-08-01"));
        countyOrg().body(Map.of("personId", q, "date", "2025-09-01")).post("/api/v1/units/" + other + "/registrations")
                .then().statusCode(201);
    }

    @Test
    void aTransferCountsTheSlotsHeldInTheNewUnitOnItsDayOfEffect() {
        String town = town();
        long from = unit(town, Map.of("kind", "INTERNAL_OFFICE", "administrativeQuota", 2, "leadershipPosts", 1));
        long to = unit(town, Map.of("kind", "BUREAU", "administrativeQuota", 1, "leadershipPosts", 1));
        end(register(to, person(town, "ADMINISTRATIVE"), "2025-01-02"), "2025-06-02");
        long p = person(town, "ADMINISTRATIVE");
        register(from, p, "2025-01-02");
        long transfer = noticed(town, to, p, "TRANSFER", false, "2025-05-06");
        makeEffective(town, transfer, "2025-05-20").statusCode(409).body("code", equalTo("QUOTA_EXCEEDED"));
        makeEffective(town, transfer, "2025-06-02").statusCode(200);
        countyOrg().get("/api/v1/people/" + p).then().body("currentRegistration.unitId", equalTo((int) to));
    }

    @Test
    void anOfficeSetUpBeforeAnotherIsAbolishedCountsAgainstTheLimitOnThoseDays() {
        String town = town(Map.of("maxInternalOffices", 1));
        long old = unit(town, Map.of("name", "党政办公室", "kind", "INTERNAL_OFFICE", "administrativeQuota", 0));
        countyOrg().body(Map.of("date", "2025-06-02")).post("/api/v1/units/" + old + "/abolish").then().statusCode(200);
        Map<String, Object> office = Map.of("name", "党政综合办公室", "kind", "INTERNAL_OFFICE", "establishedOn",
                "2025-03-03");
        countyOrg().body(office).post("/api/v1/towns/" + town + "/units").then().statusCode(409)
                .body("code", equalTo("OFFICE_LIMIT_EXCEEDED")).body("detail", containsString("2025-03-03"));
        long created = ((Number) countyOrg().body(Map.of("name", "党政综合办公室", "kind", "INTERNAL_OFFICE",
                "establishedOn", "2025-06-02")).post("/api/v1/towns/" + town + "/units").then().statusCode(201)
                .body("establishedOn", equalTo("2025-06-02")).extract().path("id")).longValue();
        // the staffing view of a day shows the units in force that day
        countyOrg().get("/api/v1/towns/" + town + "/staffing?asOf=2025-05-01").then()
                .body("units.unitId", hasItem((int) old)).body("units.unitId", not(hasItem((int) created)));
        countyOrg().get("/api/v1/towns/" + town + "/staffing?asOf=2025-06-02").then()
                .body("units.unitId", hasItem((int) created)).body("units.unitId", not(hasItem((int) old)));
        // nothing of a unit takes effect before it was set up
        countyOrg().body(Map.of("personId", person(town, "ADMINISTRATIVE"), "date", "2025-05-02"))
                .post("/api/v1/units/" + created + "/registrations").then().statusCode(422)
                .body("code", equalTo("DATE_BEFORE_ESTABLISHED"));
        // and a day of set-up in the future is refused like any date of an action
        countyOrg().body(Map.of("name", "将来的办公室", "kind", "PUBLIC_INSTITUTION", "establishedOn",
                java.time.LocalDate.now().plusDays(3).toString()))
                .post("/api/v1/towns/" + town + "/units").then().statusCode(422).body("code", equalTo("DATE_IN_FUTURE"));
    }

    @Test
    void aMergerCarriesTheQuotasSoTheTownsTotalsStayTheSame() {
        String town = town();
        long a = unit(town, Map.of("name", "人才服务站", "institutionQuota", 3, "leadershipPosts", 1));
        long b = unit(town, Map.of("name", "劳动就业服务中心", "administrativeQuota", 1, "institutionQuota", 2,
                "leadershipPosts", 1));
        register(a, person(town, "INSTITUTION"), "2025-01-02");
        register(a, person(town, "INSTITUTION"), "2025-01-02");
        register(b, person(town, "INSTITUTION"), "2025-01-02");
        // 合并组建 a new unit: set up on the merger day with no quota of its own
        long centre = ((Number) countyOrg().body(Map.of("name", "人力资源服务中心", "kind", "PUBLIC_INSTITUTION",
                "establishedOn", "2025-06-02")).post("/api/v1/towns/" + town + "/units").then().statusCode(201)
                .extract().path("id")).longValue();
        for (String day : List.of("2025-06-01", "2025-06-02")) {
            countyOrg().get("/api/v1/towns/" + town + "/staffing?asOf=" + day).then()
                    .body("total.institution.quota", equalTo(5)).body("total.administrative.quota", equalTo(1))
                    .body("total.institution.occupied", equalTo(3));
        }
        countyOrg().body(Map.of("mergedUnitIds", List.of(a, b), "date", "2025-06-02", "reference", "镇机编〔2025〕3号"))
                .post("/api/v1/units/" + centre + "/merge").then().statusCode(200)
                .body("institutionQuota", equalTo(5)).body("administrativeQuota", equalTo(1))
                .body("leadershipPosts", equalTo(2));
        countyOrg().get("/api/v1/units/" + a).then().body("status", equalTo("MERGED"))
                .body("institutionQuota", equalTo(0)).body("leadershipPosts", equalTo(0));
        for (String day : List.of("2025-06-01", "2025-06-02", "2026-01-05")) {
            countyOrg().get("/api/v1/towns/" + town + "/staffing?asOf=" + day).then()
                    .body("total.institution.quota", equalTo(5)).body("total.administrative.quota", equalTo(1))
                    .body("total.institution.occupied", equalTo(3));
        }
        countyOrg().get("/api/v1/towns/" + town + "/staffing").then().body("total.institution.quota", equalTo(5))
                .body("units.unitId", equalTo(List.of((int) centre)));
        countyOrg().get("/api/v1/units/" + a + "/staffing?asOf=2025-06-01").then()
                .body("institution.quota", equalTo(3)).body("institution.occupied", equalTo(2));
        countyOrg().get("/api/v1/units/" + centre + "/staffing?asOf=2025-06-02").then()
                .body("institution.quota", equalTo(5)).body("institution.occupied", equalTo(3));
        // the audit (and the event) keeps each unit's view after the merger, and what each merged unit gave up
        as("supervisor").get("/api/v1/audit?entityType=Unit&entityId=" + centre).then()
                .body("items[0].action", equalTo("UNITS_MERGED"))
                .body("items[0].after", containsString("\"administrativeQuota\":1,\"institutionQuota\":5,"
                        + "\"leadershipPosts\":2"));
        as("supervisor").get("/api/v1/audit?entityType=Unit&entityId=" + a).then()
                .body("items[0].action", equalTo("UNIT_MERGED_INTO"))
                .body("items[0].before", containsString("\"quotas\":{\"administrative\":0,\"institution\":3,"
                        + "\"leadershipPosts\":1}"))
                .body("items[0].after", containsString("\"status\":\"MERGED\",\"mergedInto\":{\"id\":" + centre + ","));
        // the moved staff are checked against the quotas after the move: a registration more finds no slot
        countyOrg().body(Map.of("personId", person(town, "INSTITUTION"), "date", "2025-07-01"))
                .post("/api/v1/units/" + centre + "/registrations").then().statusCode(201);
        countyOrg().body(Map.of("personId", person(town, "INSTITUTION"), "date", "2025-07-01"))
                .post("/api/v1/units/" + centre + "/registrations").then().statusCode(201);
        countyOrg().body(Map.of("personId", person(town, "INSTITUTION"), "date", "2025-07-01"))
                .post("/api/v1/units/" + centre + "/registrations").then().statusCode(409)
                .body("code", equalTo("QUOTA_EXCEEDED"));
    }
}
