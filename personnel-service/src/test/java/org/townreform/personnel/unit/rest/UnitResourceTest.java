package org.townreform.personnel.unit.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.townreform.personnel.Fixtures.as;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.register;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class UnitResourceTest {

    private static Map<String, Object> office(String name, String kind) {
        return new HashMap<>(Map.of("name", name, "kind", kind, "administrativeQuota", 5, "leadershipPosts", 2));
    }

    @Test
    void aUnitAnswersToEveryOneOfItsNameplates() {
        String town = town();
        Map<String, Object> body = office("党政人大办公室", "INTERNAL_OFFICE");
        body.put("nameplates", List.of("法制办公室"));
        asTown("town-clerk", town).body(body).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/units/"))
                .body("nameplates", contains("法制办公室"))
                .body("kind", equalTo("INTERNAL_OFFICE"))
                .body("appointingAuthority", equalTo("TOWN"))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0));
        asTown("town-clerk", town).get("/api/v1/towns/" + town + "/units?q=法制办公室")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].name", equalTo("党政人大办公室"));
        asTown("town-clerk", town).get("/api/v1/towns/" + town + "/units?q=人大")
                .then().statusCode(200).body("items", hasSize(1));
        asTown("town-clerk", town).get("/api/v1/towns/" + town + "/units?q=信访")
                .then().statusCode(200).body("items", empty());
        asTown("town-clerk", town).get("/api/v1/towns/" + town + "/units?q=%25")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void officesAndBureausStayWithinTheTownsLimit() {
        String town = town(Map.of("maxInternalOffices", 2));
        countyOrg().body(office("党政办公室", "INTERNAL_OFFICE")).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(201);
        countyOrg().body(office("经济局", "BUREAU")).post("/api/v1/towns/" + town + "/units").then().statusCode(201);
        countyOrg().body(office("社会事务办公室", "INTERNAL_OFFICE")).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("OFFICE_LIMIT_EXCEEDED"));
        // Other kinds do not count.
        long centre = unit(town, Map.of("name", "农业技术服务中心"));
        // Nor may another kind become an office past the limit.
        Map<String, Object> change = office("农业技术服务中心", "BUREAU");
        change.put("institutionQuota", 5);
        countyOrg().header("If-Match", "\"0\"").body(change).put("/api/v1/units/" + centre)
                .then().statusCode(409).body("code", equalTo("OFFICE_LIMIT_EXCEEDED"));
        countyOrg().get("/api/v1/towns/" + town + "/units?kind=BUREAU").then().body("items", hasSize(1));
    }

    @Test
    void aPublicInstitutionCarriesNoRank() {
        String town = town();
        Map<String, Object> body = office("规划管理所", "PUBLIC_INSTITUTION");
        body.put("rank", "股级");
        countyOrg().body(body).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(422).body("code", equalTo("RANK_NOT_ALLOWED"));
        countyOrg().get("/api/v1/towns/" + town + "/units").then().body("items", empty());
        Map<String, Object> bureau = office("经济和科技信息局", "BUREAU");
        bureau.put("rank", "正科级");
        countyOrg().body(bureau).post("/api/v1/towns/" + town + "/units").then().statusCode(201)
                .body("rank", equalTo("正科级"));
    }

    @Test
    void dispatchedAgenciesNeedTheirManagementModeAndDepartment() {
        String town = town();
        Map<String, Object> agency = office("人力资源分局", "DISPATCHED_AGENCY");
        countyOrg().body(agency).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(422).body("code", equalTo("MANAGEMENT_MODE_REQUIRED"));
        agency.put("managementMode", "DEVOLVED");
        countyOrg().body(agency).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(422).body("code", equalTo("SUPERIOR_DEPARTMENT_REQUIRED"));
        agency.put("superiorDepartment", "东莞市人力资源局");
        countyOrg().body(agency).post("/api/v1/towns/" + town + "/units").then().statusCode(201)
                .body("managementMode", equalTo("DEVOLVED"))
                .body("appointingAuthority", equalTo("TOWN"));
        Map<String, Object> officeWithMode = office("党政办公室", "INTERNAL_OFFICE");
        officeWithMode.put("managementMode", "DUAL");
        officeWithMode.put("superiorDepartment", "某局");
        countyOrg().body(officeWithMode).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(422).body("code", equalTo("MANAGEMENT_MODE_NOT_APPLICABLE"));
        Map<String, Object> vertical = office("国土分局", "DISPATCHED_AGENCY");
        vertical.put("managementMode", "VERTICAL");
        vertical.put("superiorDepartment", "东莞市国土资源局");
        countyOrg().body(vertical).post("/api/v1/towns/" + town + "/units").then().statusCode(201)
                .body("appointingAuthority", equalTo("NONE"));
    }

    @Test
    void coLocatedUnitsNameEachOtherAndTheirStaffSets() {
        String town = town();
        long bureau = unit(town, Map.of("name", "经济和科技信息局", "kind", "BUREAU", "administrativeQuota", 8));
        Map<String, Object> body = office("外资服务管理局", "BUREAU");
        body.put("coLocatedWithId", bureau);
        countyOrg().body(body).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(422).body("code", equalTo("CO_LOCATION_INCOMPLETE"));
        body.put("staffSets", "TWO");
        long foreign = ((Number) countyOrg().body(body).post("/api/v1/towns/" + town + "/units").then()
                .statusCode(201)
                .body("coLocatedWith.id", equalTo((int) bureau))
                .body("coLocatedWith.name", equalTo("经济和科技信息局"))
                .body("staffSets", equalTo("TWO"))
                .extract().path("id")).longValue();
        countyOrg().get("/api/v1/units/" + bureau).then().statusCode(200)
                .body("coLocatedBy[0].id", equalTo((int) foreign));
        String other = town();
        long elsewhere = unit(other, Map.of());
        Map<String, Object> cross = office("文化执法分队", "PUBLIC_INSTITUTION");
        cross.put("coLocatedWithId", elsewhere);
        cross.put("staffSets", "ONE");
        countyOrg().body(cross).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(422).body("code", equalTo("CO_LOCATION_INVALID"));
        cross.put("coLocatedWithId", 999_999_999L);
        countyOrg().body(cross).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(422).body("code", equalTo("REFERENCE_NOT_FOUND"));
    }

    @Test
    void updatesNeedTheCurrentVersionAndKeepQuotasAboveTheOccupiedSlots() {
        String town = town();
        long unit = unit(town, Map.of("institutionQuota", 2));
        register(unit, person(town, "INSTITUTION"));
        register(unit, person(town, "INSTITUTION"));
        Map<String, Object> change = office("改名服务中心", "PUBLIC_INSTITUTION");
        change.put("administrativeQuota", 0);
        change.put("institutionQuota", 3);
        countyOrg().body(change).put("/api/v1/units/" + unit)
                .then().statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"));
        countyOrg().header("If-Match", "\"0\"").body(change).put("/api/v1/units/" + unit)
                .then().statusCode(200).body("name", equalTo("改名服务中心")).body("version", equalTo(1))
                .header("ETag", "\"1\"");
        countyOrg().header("If-Match", "\"0\"").body(change).put("/api/v1/units/" + unit)
                .then().statusCode(409).body("code", equalTo("STALE_VERSION"));
        change.put("institutionQuota", 1);
        countyOrg().header("If-Match", "\"1\"").body(change).put("/api/v1/units/" + unit)
                .then().statusCode(409).body("code", equalTo("QUOTA_BELOW_OCCUPIED"));
        countyOrg().get("/api/v1/units/" + unit).then().body("institutionQuota", equalTo(3));
    }

    @Test
    void mergingMovesTheStaffRegistrationsInOneTransaction() {
        String town = town();
        long a = unit(town, Map.of("name", "人才服务站", "institutionQuota", 2));
        long b = unit(town, Map.of("name", "残疾人劳动就业服务所", "institutionQuota", 1));
        long pa1 = person(town, "INSTITUTION");
        long pa2 = person(town, "INSTITUTION");
        long pb = person(town, "INSTITUTION");
        long ra1 = register(a, pa1, "2023-05-04");
        register(a, pa2, "2023-05-04");
        register(b, pb, "2023-06-01");
        // The merged units' quotas move with them; the moved staff must still fit on every day from the merger on: a
        // unit whose quota was lowered after its last staff left in June 2024 has one too many on 1 March.
        long small = unit(town, Map.of("name", "人力资源服务中心(小)", "institutionQuota", 1));
        long left = register(small, person(town, "INSTITUTION"), "2023-01-03");
        countyOrg().body(Map.of("date", "2024-06-03")).post("/api/v1/registrations/" + left + "/end").then()
                .statusCode(200);
        Map<String, Object> lowered = office("人力资源服务中心(小)", "PUBLIC_INSTITUTION");
        lowered.put("administrativeQuota", 0);
        lowered.put("institutionQuota", 0);
        countyOrg().header("If-Match", "\"0\"").body(lowered).put("/api/v1/units/" + small).then().statusCode(200);
        countyOrg().body(Map.of("mergedUnitIds", List.of(a, b), "date", "2024-03-01"))
                .post("/api/v1/units/" + small + "/merge")
                .then().statusCode(409).body("code", equalTo("QUOTA_EXCEEDED"))
                .body("detail", containsString("2024-03-01"));
        // Nothing changed.
        countyOrg().get("/api/v1/units/" + a).then().body("status", equalTo("ACTIVE")).body("institutionQuota",
                equalTo(2));
        countyOrg().get("/api/v1/units/" + small).then().body("institutionQuota", equalTo(0));
        countyOrg().get("/api/v1/registrations/" + ra1).then().body("endedOn", equalTo(null));

        long centre = unit(town, Map.of("name", "人力资源服务中心", "institutionQuota", 3));
        countyOrg().body(Map.of("mergedUnitIds", List.of(a, b), "date", "2024-03-01", "reference", "东机编〔2009〕131号"))
                .post("/api/v1/units/" + centre + "/merge")
                .then().statusCode(200).body("id", equalTo((int) centre)).body("status", equalTo("ACTIVE"))
                .body("institutionQuota", equalTo(6));
        countyOrg().get("/api/v1/units/" + a).then()
                .body("status", equalTo("MERGED"))
                .body("mergedInto.id", equalTo((int) centre))
                .body("statusDate", equalTo("2024-03-01"));
        countyOrg().get("/api/v1/registrations/" + ra1).then()
                .body("endedOn", equalTo("2024-03-01")).body("endReason", equalTo("MERGED"));
        countyOrg().get("/api/v1/units/" + centre + "/registrations").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.personId", hasItem((int) pb))
                .body("items[0].startedOn", equalTo("2024-03-01"))
                .body("items[0].previousRegistrationId", org.hamcrest.Matchers.notNullValue());
        countyOrg().get("/api/v1/people/" + pa1).then().body("currentRegistration.unitId", equalTo((int) centre));
        countyOrg().get("/api/v1/units/" + a + "/registrations").then().body("items", empty());
        // A merged unit is no longer active.
        countyOrg().body(Map.of("mergedUnitIds", List.of(a))).post("/api/v1/units/" + centre + "/merge")
                .then().statusCode(409).body("code", equalTo("UNIT_NOT_ACTIVE"));
        countyOrg().body(Map.of("mergedUnitIds", List.of(centre))).post("/api/v1/units/" + centre + "/merge")
                .then().statusCode(422).body("code", equalTo("MERGE_INVALID"));
        as("supervisor").get("/api/v1/audit?entityType=Unit&entityId=" + centre)
                .then().body("items[0].action", equalTo("UNITS_MERGED"));
    }

    @Test
    void aUnitWithStaffCannotBeAbolished() {
        String town = town();
        long unit = unit(town, Map.of());
        long reg = register(unit, person(town, "INSTITUTION"));
        countyOrg().body(Map.of("date", "2025-01-02")).post("/api/v1/units/" + unit + "/abolish")
                .then().statusCode(409).body("code", equalTo("UNIT_HAS_STAFF"));
        countyOrg().body(Map.of()).post("/api/v1/registrations/" + reg + "/end").then().statusCode(200);
        countyOrg().body(Map.of()).post("/api/v1/units/" + unit + "/abolish")
                .then().statusCode(200).body("status", equalTo("ABOLISHED"));
        Map<String, Object> change = office("x", "PUBLIC_INSTITUTION");
        change.put("administrativeQuota", 0);
        change.put("institutionQuota", 1);
        countyOrg().header("If-Match", "\"1\"").body(change).put("/api/v1/units/" + unit)
                .then().statusCode(409).body("code", equalTo("UNIT_NOT_ACTIVE"));
    }

    @Test
    void anotherTownsUnitsAreOutOfScope() {
        String mine = town();
        String other = town();
        long theirs = unit(other, Map.of());
        asTown("town-clerk", mine).get("/api/v1/towns/" + other + "/units")
                .then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        asTown("town-clerk", mine).get("/api/v1/units/" + theirs)
                .then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        asTown("town-leader", mine).body(office("党政办公室", "INTERNAL_OFFICE")).post("/api/v1/towns/" + other + "/units")
                .then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        as("dept-officer").body(office("党政办公室", "INTERNAL_OFFICE")).post("/api/v1/towns/" + mine + "/units")
                .then().statusCode(403);
    }

    @Test
    void badInputIsAClearProblemAndChangesNothing() {
        String town = town();
        countyOrg().get("/api/v1/towns/" + town + "/units?kind=OFFICE")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("detail", containsString("BUREAU"));
        countyOrg().get("/api/v1/towns/" + town + "/units?limit=abc").then().statusCode(400);
        countyOrg().get("/api/v1/units/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        countyOrg().get("/api/v1/units/99999999999999999999999").then().statusCode(400);
        countyOrg().get("/api/v1/units/987654321").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        countyOrg().get("/api/v1/towns/999999999/units").then().statusCode(404);
        countyOrg().body("{\"name\": ").post("/api/v1/towns/" + town + "/units").then().statusCode(400);
        countyOrg().body(Map.of("name", "x", "kind", "CASTLE")).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        countyOrg().body("{\"name\":\"x\",\"kind\":\"BUREAU\",\"administrativeQuota\":1e30}")
                .post("/api/v1/towns/" + town + "/units").then().statusCode(400);
        countyOrg().body("{\"name\":\"x\",\"kind\":\"BUREAU\",\"administrativeQuota\":-1}")
                .post("/api/v1/towns/" + town + "/units").then().statusCode(400)
                .body("errors.field", hasItem("administrativeQuota"));
        countyOrg().body("{\"name\":\"x\",\"kind\":\"BUREAU\",\"nameplates\":\"法制办\"}")
                .post("/api/v1/towns/" + town + "/units").then().statusCode(400);
        countyOrg().body("{\"name\":\"x\",\"kind\":\"BUREAU\",\"coLocatedWithId\":\"abc\"}")
                .post("/api/v1/towns/" + town + "/units").then().statusCode(400);
        given().header("Authorization", "Bearer " + org.townreform.common.testing.Tokens.role("county-org"))
                .contentType(ContentType.JSON).post("/api/v1/towns/" + town + "/units").then().statusCode(400);
        countyOrg().body(Map.of("mergedUnitIds", List.of())).post("/api/v1/units/1/merge").then().statusCode(400);
        countyOrg().get("/api/v1/towns/" + town + "/units").then().body("items", empty());
    }

    @Test
    void twoSimultaneousCreationsCannotBothTakeTheLastOfficePlace() throws Exception {
        String town = town(Map.of("maxInternalOffices", 1));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.CompletableFuture<Integer>> calls = new java.util.ArrayList<>();
        for (String name : List.of("党政办公室", "经济发展办公室")) {
            calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return countyOrg().body(office(name, "INTERNAL_OFFICE")).post("/api/v1/towns/" + town + "/units")
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var c : calls) {
            statuses.add(c.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        org.assertj.core.api.Assertions.assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    }

    @Test
    void namesLeadershipPostsAndMergerDatesAreChecked() {
        String town = town();
        unit(town, Map.of("name", "规划管理所"));
        countyOrg().body(Map.of("name", "规划管理所", "kind", "PUBLIC_INSTITUTION"))
                .post("/api/v1/towns/" + town + "/units").then().statusCode(409).body("code", equalTo("UNIT_EXISTS"));
        long office = unit(town, Map.of("name", "党政办公室", "kind", "INTERNAL_OFFICE", "administrativeQuota", 3,
                "institutionQuota", 0, "leadershipPosts", 1));
        org.townreform.personnel.Fixtures.effectiveAppointment(town, office, person(town, "ADMINISTRATIVE"), "APPOINT",
                true, "2025-03-03", "2025-03-17");
        Map<String, Object> change = office("党政办公室", "INTERNAL_OFFICE");
        change.put("administrativeQuota", 3);
        change.put("institutionQuota", 0);
        change.put("leadershipPosts", 0);
        countyOrg().header("If-Match", "\"0\"").body(change).put("/api/v1/units/" + office)
                .then().statusCode(409).body("code", equalTo("LEADERSHIP_POSTS_BELOW_HELD"));
        long old = unit(town, Map.of("name", "旧中心", "institutionQuota", 2));
        register(old, person(town, "INSTITUTION"), "2024-05-06");
        long centre = unit(town, Map.of("name", "新中心", "institutionQuota", 2));
        countyOrg().body(Map.of("mergedUnitIds", List.of(old), "date", "2024-01-02"))
                .post("/api/v1/units/" + centre + "/merge")
                .then().statusCode(422).body("code", equalTo("DATE_BEFORE_REGISTRATION"));
        long elsewhere = unit(town(), Map.of());
        countyOrg().body(Map.of("mergedUnitIds", List.of(elsewhere))).post("/api/v1/units/" + centre + "/merge")
                .then().statusCode(422).body("code", equalTo("MERGE_INVALID"));
        countyOrg().body(Map.of("mergedUnitIds", List.of(987_654_321L))).post("/api/v1/units/" + centre + "/merge")
                .then().statusCode(422).body("code", equalTo("REFERENCE_NOT_FOUND"));
    }

    @Test
    void anIdempotencyKeyCreatesOneUnit() {
        String town = town();
        Map<String, Object> body = office("党政办公室", "INTERNAL_OFFICE");
        String key = "unit-" + town;
        int first = countyOrg().header("Idempotency-Key", key).body(body).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(201).extract().path("id");
        countyOrg().header("Idempotency-Key", key).body(body).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(201).body("id", equalTo(first));
        countyOrg().get("/api/v1/towns/" + town + "/units").then().body("items", hasSize(1));
    }
}
