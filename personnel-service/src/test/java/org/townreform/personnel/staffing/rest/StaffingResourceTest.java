package org.townreform.personnel.staffing.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.register;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class StaffingResourceTest {

    private static Response registerRaw(long unit, long person) {
        return countyOrg().body(Map.of("personId", person)).post("/api/v1/units/" + unit + "/registrations");
    }

    @Test
    void eachQuotaLimitsItsOwnSlotsAndContractStaffTakeNone() {
        String town = town();
        long unit = unit(town, Map.of("kind", "BUREAU", "administrativeQuota", 1, "institutionQuota", 1));
        register(unit, person(town, "ADMINISTRATIVE"));
        registerRaw(unit, person(town, "ADMINISTRATIVE")).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("QUOTA_EXCEEDED"));
        register(unit, person(town, "INSTITUTION"));
        registerRaw(unit, person(town, "INSTITUTION")).then().statusCode(409).body("code", equalTo("QUOTA_EXCEEDED"));
        register(unit, person(town, "CONTRACT"));
        register(unit, person(town, "CONTRACT"));
        countyOrg().get("/api/v1/units/" + unit + "/registrations").then().body("items", hasSize(4));
    }

    @Test
    void twoSimultaneousRegistrationsCannotBothTakeTheLastSlot() throws Exception {
        String town = town();
        for (int round = 0; round < 4; round++) {
            long unit = unit(town, Map.of("institutionQuota", 1));
            long a = person(town, "INSTITUTION");
            long b = person(town, "INSTITUTION");
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (long p : List.of(a, b)) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return registerRaw(unit, p);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Response> c : calls) {
                Response r = c.get(60, TimeUnit.SECONDS);
                statuses.add(r.statusCode());
                if (r.statusCode() == 409) {
                    assertThat(r.jsonPath().getString("code")).isEqualTo("QUOTA_EXCEEDED");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            countyOrg().get("/api/v1/units/" + unit + "/staffing").then().body("institution.occupied", equalTo(1));
        }
    }

    @Test
    void onePersonOccupiesOneSlot() {
        String town = town();
        long first = unit(town, Map.of());
        long second = unit(town, Map.of());
        long person = person(town, "INSTITUTION");
        register(first, person);
        registerRaw(second, person).then().statusCode(409).body("code", equalTo("ALREADY_REGISTERED"));
        registerRaw(first, person).then().statusCode(409).body("code", equalTo("ALREADY_REGISTERED"));
    }

    @Test
    void theUnitAndThePersonMustBelongTogether() {
        String town = town();
        long unit = unit(town, Map.of());
        registerRaw(unit, person(town(), "INSTITUTION")).then().statusCode(422).body("code", equalTo("TOWN_MISMATCH"));
        registerRaw(unit, 987_654_321L).then().statusCode(422).body("code", equalTo("REFERENCE_NOT_FOUND"));
        registerRaw(987_654_321L, person(town, "INSTITUTION")).then().statusCode(404);
        asTown("town-clerk", town()).body(Map.of("personId", 1)).post("/api/v1/units/" + unit + "/registrations")
                .then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        countyOrg().body(Map.of("personId", person(town, "INSTITUTION"), "date",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString()))
                .post("/api/v1/units/" + unit + "/registrations")
                .then().statusCode(422).body("code", equalTo("DATE_IN_FUTURE"));
        countyOrg().body(Map.of("personId", "abc")).post("/api/v1/units/" + unit + "/registrations")
                .then().statusCode(400);
        countyOrg().body(Map.of()).post("/api/v1/units/" + unit + "/registrations").then().statusCode(400);
    }

    @Test
    void endingARegistrationFreesTheSlotAndCannotBeRepeated() {
        String town = town();
        long unit = unit(town, Map.of("institutionQuota", 1));
        long reg = register(unit, person(town, "INSTITUTION"), "2024-02-01");
        countyOrg().body(Map.of("date", "2024-01-15")).post("/api/v1/registrations/" + reg + "/end")
                .then().statusCode(422).body("code", equalTo("DATE_BEFORE_START"));
        countyOrg().body(Map.of("date", "2025-03-31", "note", "调出")).post("/api/v1/registrations/" + reg + "/end")
                .then().statusCode(200).body("endedOn", equalTo("2025-03-31")).body("endReason", equalTo("ENDED"));
        countyOrg().body(Map.of()).post("/api/v1/registrations/" + reg + "/end")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        countyOrg().delete("/api/v1/registrations/" + reg).then().statusCode(405);
        register(unit, person(town, "INSTITUTION"));
    }

    @Test
    void theStaffingViewShowsQuotaOccupiedVacantAndTheVacancyRate() {
        String town = town();
        long office = unit(town, Map.of("name", "党政办公室", "kind", "INTERNAL_OFFICE", "administrativeQuota", 4,
                "institutionQuota", 0));
        long centre = unit(town, Map.of("name", "服务中心", "institutionQuota", 3));
        register(office, person(town, "ADMINISTRATIVE"), "2024-01-02");
        register(centre, person(town, "INSTITUTION"), "2024-01-02");
        register(centre, person(town, "INSTITUTION"), "2025-06-01");
        register(centre, person(town, "CONTRACT"), "2024-01-02");
        asTown("town-leader", town).get("/api/v1/towns/" + town + "/staffing?asOf=2025-12-31").then().statusCode(200)
                .body("townCode", equalTo(town))
                .body("asOf", equalTo("2025-12-31"))
                .body("units", hasSize(2))
                .body("units[0].unitName", equalTo("党政办公室"))
                .body("units[0].administrative.quota", equalTo(4))
                .body("units[0].administrative.occupied", equalTo(1))
                .body("units[0].administrative.vacant", equalTo(3))
                .body("units[0].administrative.vacancyRate", equalTo("0.75"))
                .body("units[1].institution.vacancyRate", equalTo("0.33"))
                .body("units[1].contract", equalTo(1))
                .body("total.administrative.vacancyRate", equalTo("0.75"))
                .body("total.institution.occupied", equalTo(2))
                .body("total.total.quota", equalTo(7))
                .body("total.total.occupied", equalTo(3))
                .body("total.total.vacant", equalTo(4))
                .body("total.total.vacancyRate", equalTo("0.57"))
                .body("total.contract", equalTo(1));
        countyOrg().get("/api/v1/towns/" + town + "/staffing?asOf=2025-01-01").then()
                .body("total.institution.occupied", equalTo(1));
        countyOrg().get("/api/v1/units/" + office + "/staffing?asOf=2023-12-31").then()
                .body("administrative.occupied", equalTo(0)).body("administrative.vacancyRate", equalTo("1.00"));
        countyOrg().get("/api/v1/towns/" + town + "/staffing?asOf=31.12.2025").then().statusCode(400);
        asTown("town-clerk", town()).get("/api/v1/towns/" + town + "/staffing")
                .then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
    }
}
