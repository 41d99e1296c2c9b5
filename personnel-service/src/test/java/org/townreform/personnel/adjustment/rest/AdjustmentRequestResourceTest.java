package org.townreform.personnel.adjustment.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.townreform.personnel.Fixtures.asDept;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Calendars;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AdjustmentRequestResourceTest {
    private static final String DEPT = "东莞市公安局";
    private static boolean calendarsLoaded;

    @BeforeEach
    void loadCalendars() {
        if (!calendarsLoaded) {
            Calendars.loadOfficial();
            calendarsLoaded = true;
        }
    }

    private static long dualUnit(String town) {
        return unit(town, Map.of("kind", "DISPATCHED_AGENCY", "managementMode", "DUAL", "superiorDepartment", DEPT,
                "administrativeQuota", 5, "leadershipPosts", 2));
    }

    @Test
    void theDepartmentHasOneCalendarMonthAndIsOverdueAfterIt() {
        String town = town();
        long unit = dualUnit(town);
        long head = person(town, "ADMINISTRATIVE");
        // 2025-01-31 + 1 month = 2025-02-28 (a Friday, a working day).
        long id = ((Number) asTown("town-leader", town).body(Map.of("unitId", unit, "personId", head, "text",
                "建议调整该所主要负责人", "reference", "石委函〔2025〕3号", "date", "2025-01-31"))
                .post("/api/v1/adjustment-requests").then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("department", equalTo(DEPT))
                .body("dueOn", equalTo("2025-02-28"))
                .body("provisional", equalTo(false))
                .extract().path("id")).longValue();
        asTown("town-clerk", town).get("/api/v1/adjustment-requests/" + id + "?asOf=2025-02-28").then()
                .body("overdue", equalTo(false)).body("asOf", equalTo("2025-02-28"));
        asTown("town-clerk", town).get("/api/v1/adjustment-requests/" + id + "?asOf=2025-03-01").then()
                .body("overdue", equalTo(true));
        asTown("town-clerk", town).get("/api/v1/towns/" + town + "/adjustment-requests?status=OPEN&asOf=2025-03-03")
                .then().body("items", hasSize(1)).body("items[0].overdue", equalTo(true));
        asDept("东莞市人力资源局").body(Map.of("outcome", "ADJUSTED")).post("/api/v1/adjustment-requests/" + id + "/resolve")
                .then().statusCode(403).body("code", equalTo("DEPT_OUT_OF_SCOPE"));
        asTown("town-leader", town).body(Map.of("outcome", "ADJUSTED"))
                .post("/api/v1/adjustment-requests/" + id + "/resolve").then().statusCode(403);
        asDept(DEPT).body(Map.of("outcome", "ADJUSTED", "text", "已考察调整", "date", "2025-03-05"))
                .post("/api/v1/adjustment-requests/" + id + "/resolve").then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("resolvedLate", equalTo(true));
        asTown("town-clerk", town).get("/api/v1/adjustment-requests/" + id + "?asOf=2025-03-10").then()
                .body("overdue", equalTo(false));
        asTown("town-clerk", town).get("/api/v1/adjustment-requests/" + id + "?asOf=2025-03-04").then()
                .body("overdue", equalTo(true));
        asDept(DEPT).body(Map.of("outcome", "RETAINED")).post("/api/v1/adjustment-requests/" + id + "/resolve")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void aDeadlineOnARestDayMovesToTheNextWorkingDay() {
        String town = town();
        long unit = dualUnit(town);
        // 2025-09-01 + 1 month = 2025-10-01, a National Day holiday: due on 2025-10-09.
        asTown("town-leader", town).body(Map.of("unitId", unit, "text", "调整意见", "date", "2025-09-01"))
                .post("/api/v1/adjustment-requests").then().statusCode(201).body("dueOn", equalTo("2025-10-09"));
    }

    @Test
    void onlyHeadsOfDualUnitsAndOnlyTheTownLeader() {
        String town = town();
        long devolved = unit(town, Map.of("kind", "DISPATCHED_AGENCY", "managementMode", "DEVOLVED",
                "superiorDepartment", DEPT));
        asTown("town-leader", town).body(Map.of("unitId", devolved, "text", "调整意见"))
                .post("/api/v1/adjustment-requests").then().statusCode(422).body("code", equalTo("NOT_DUAL_UNIT"));
        long dual = dualUnit(town);
        asTown("town-clerk", town).body(Map.of("unitId", dual, "text", "调整意见"))
                .post("/api/v1/adjustment-requests").then().statusCode(403);
        asTown("town-leader", town()).body(Map.of("unitId", dual, "text", "调整意见"))
                .post("/api/v1/adjustment-requests").then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        asTown("town-leader", town).body(Map.of("unitId", dual)).post("/api/v1/adjustment-requests").then()
                .statusCode(400);
        asTown("town-leader", town).body(Map.of("unitId", dual, "text", "x", "personId", person(town(), "CONTRACT")))
                .post("/api/v1/adjustment-requests").then().statusCode(422).body("code", equalTo("TOWN_MISMATCH"));
        countyOrg().get("/api/v1/adjustment-requests/987654321").then().statusCode(404);
    }
}
