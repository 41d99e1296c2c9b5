package org.townreform.personnel.person.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.townreform.personnel.Fixtures.as;
import static org.townreform.personnel.Fixtures.asDept;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.register;
import static org.townreform.personnel.Fixtures.residentId;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.id.ResidentIdNumber;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PersonResourceTest {
    private static final String CHENGGUAN = "东莞市城市管理综合执法局";

    @Test
    void genderAndBirthDateComeFromTheIdNumberWhichOnlySomeRolesSeeInFull() {
        String town = town();
        String rid = residentId(false);
        ResidentIdNumber parsed = ResidentIdNumber.parse(rid);
        long id = ((Number) asTown("town-clerk", town).body(Map.of("townCode", town, "name", "李秀英",
                "residentId", rid.toLowerCase(), "staffType", "ADMINISTRATIVE", "rank", "一级科员"))
                .post("/api/v1/people").then().statusCode(201)
                .body("gender", equalTo("FEMALE"))
                .body("birthDate", equalTo(parsed.birthDate().toString()))
                .body("residentId", equalTo(ResidentIdNumber.mask(rid)))
                .body("residentIdMasked", equalTo(true))
                .extract().path("id")).longValue();
        asTown("town-leader", town).get("/api/v1/people/" + id).then().statusCode(200)
                .body("residentId", equalTo(ResidentIdNumber.mask(rid)));
        asDept(CHENGGUAN).get("/api/v1/people/" + id).then().body("residentIdMasked", equalTo(true));
        countyOrg().get("/api/v1/people/" + id).then().body("residentId", equalTo(rid))
                .body("residentIdMasked", equalTo(false));
        as("supervisor").get("/api/v1/people/" + id).then().body("residentId", equalTo(rid));
        // The audit log never keeps the full number.
        as("supervisor").get("/api/v1/audit?entityType=Person&entityId=" + id).then()
                .body("items[0].after", not(containsString(rid)));
    }

    @Test
    void aWrongIdNumberIsRefusedWithAClearReason() {
        String town = town();
        String rid = residentId();
        char wrong = rid.charAt(17) == '1' ? '2' : '1';
        countyOrg().body(Map.of("townCode", town, "name", "王五", "residentId", rid.substring(0, 17) + wrong,
                "staffType", "ADMINISTRATIVE"))
                .post("/api/v1/people").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("residentId"))
                .body("detail", containsString("check character"));
        countyOrg().body(Map.of("townCode", town, "name", "王五", "residentId", "441900199902301234",
                "staffType", "ADMINISTRATIVE"))
                .post("/api/v1/people").then().statusCode(400).body("detail", containsString("not a real date"));
        countyOrg().body(Map.of("townCode", town, "name", "王五", "residentId", "4419", "staffType", "ADMINISTRATIVE"))
                .post("/api/v1/people").then().statusCode(400);
        countyOrg().body(Map.of("townCode", town, "name", "王五", "residentId", residentId(), "staffType", "TEMP"))
                .post("/api/v1/people").then().statusCode(400).body("detail", containsString("CONTRACT"));
        countyOrg().get("/api/v1/towns/" + town + "/people").then().body("items", empty());
    }

    @Test
    void aResidentIdNumberWhoseBirthDateHasNotHappenedIsRefused() {
        String town = town();
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        for (String number : List.of(number(tomorrow), number(LocalDate.of(2099, 12, 31)),
                number(LocalDate.of(1899, 12, 31)))) {
            countyOrg().body(Map.of("townCode", town, "name", "王五", "residentId", number, "staffType",
                    "ADMINISTRATIVE")).post("/api/v1/people").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", hasItem("residentId"));
        }
        countyOrg().get("/api/v1/towns/" + town + "/people").then().body("items", empty());
        // born on 1 January 1900, or yesterday: a person
        for (LocalDate born : List.of(LocalDate.of(1900, 1, 1), tomorrow.minusDays(2))) {
            countyOrg().body(Map.of("townCode", town, "name", "王五", "residentId", number(born), "staffType",
                    "CONTRACT")).post("/api/v1/people").then().statusCode(201)
                    .body("birthDate", equalTo(born.toString()));
        }
    }

    /** A number with a valid check character and the given birth date. */
    private static String number(LocalDate birth) {
        String first17 = "441900" + birth.toString().replace("-", "") + String.format("%03d", birth.getDayOfYear() % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @Test
    void aPersonIsRecordedOnce() {
        String town = town();
        String rid = residentId();
        Map<String, Object> body = Map.of("townCode", town, "name", "张伟", "residentId", rid, "staffType",
                "INSTITUTION");
        countyOrg().body(body).post("/api/v1/people").then().statusCode(201);
        countyOrg().body(body).post("/api/v1/people").then().statusCode(409).body("code", equalTo("PERSON_EXISTS"));
    }

    @Test
    void anotherTownsPeopleAreOutOfScope() {
        String mine = town();
        String other = town();
        long theirs = person(other, "ADMINISTRATIVE");
        asTown("town-clerk", mine).get("/api/v1/people/" + theirs)
                .then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        asTown("town-clerk", mine).body(Map.of("townCode", other, "name", "x", "residentId", residentId(),
                "staffType", "CONTRACT"))
                .post("/api/v1/people").then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        asTown("town-clerk", mine).get("/api/v1/towns/" + other + "/people")
                .then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        asTown("town-clerk", mine).get("/api/v1/people/" + theirs + "/certificates/valid?department=" + CHENGGUAN)
                .then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
    }

    @Test
    void peopleAreFoundByNameOrFullIdNumber() {
        String town = town();
        String rid = residentId();
        countyOrg().body(Map.of("townCode", town, "name", "陈志强", "residentId", rid, "staffType", "CONTRACT"))
                .post("/api/v1/people").then().statusCode(201);
        person(town, "CONTRACT");
        asTown("town-clerk", town).get("/api/v1/towns/" + town + "/people?q=志强").then()
                .body("items", hasSize(1)).body("items[0].name", equalTo("陈志强"));
        asTown("town-clerk", town).get("/api/v1/towns/" + town + "/people?residentId=" + rid).then()
                .body("items", hasSize(1));
        asTown("town-clerk", town).get("/api/v1/towns/" + town + "/people?limit=1").then()
                .body("items", hasSize(1)).body("nextCursor", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void updatesNeedTheVersionAndTheStaffTypeStaysWhileRegistered() {
        String town = town();
        long id = person(town, "INSTITUTION");
        long unit = unit(town, Map.of());
        Map<String, Object> change = Map.of("name", "新名字", "staffType", "INSTITUTION", "rank", "专业技术十级");
        countyOrg().body(change).put("/api/v1/people/" + id).then().statusCode(428);
        countyOrg().header("If-Match", "\"0\"").body(change).put("/api/v1/people/" + id).then().statusCode(200)
                .body("name", equalTo("新名字")).body("version", equalTo(1));
        countyOrg().header("If-Match", "\"0\"").body(change).put("/api/v1/people/" + id).then().statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        register(unit, id);
        countyOrg().header("If-Match", "\"1\"")
                .body(Map.of("name", "新名字", "staffType", "ADMINISTRATIVE")).put("/api/v1/people/" + id)
                .then().statusCode(409).body("code", equalTo("PERSON_REGISTERED"));
    }

    @Test
    void certificatesAreValidWithinTheirPeriodAndUntilRevoked() {
        String town = town();
        long id = person(town, "ADMINISTRATIVE");
        String number = "粤东执法 T" + id;
        asDept("东莞市文化广电新闻出版局").body(Map.of("department", CHENGGUAN, "number", number, "validFrom",
                "2024-01-01", "validTo", "2026-12-31"))
                .post("/api/v1/people/" + id + "/certificates")
                .then().statusCode(403).body("code", equalTo("DEPT_OUT_OF_SCOPE"));
        asDept(CHENGGUAN).body(Map.of("department", CHENGGUAN, "number", number, "validFrom", "2024-01-01",
                "validTo", "2023-12-31"))
                .post("/api/v1/people/" + id + "/certificates")
                .then().statusCode(400).body("errors.field", hasItem("validTo"));
        long certId = ((Number) asDept(CHENGGUAN).body(Map.of("department", CHENGGUAN, "number", number,
                "validFrom", "2024-01-01", "validTo", "2026-12-31"))
                .post("/api/v1/people/" + id + "/certificates")
                .then().statusCode(200).body("certificates", hasSize(1))
                .extract().path("certificates[0].id")).longValue();
        asTown("town-clerk", town).body(Map.of("department", CHENGGUAN, "number", number, "validFrom", "2024-01-01",
                "validTo", "2026-12-31"))
                .post("/api/v1/people/" + id + "/certificates")
                .then().statusCode(409).body("code", equalTo("CERTIFICATE_EXISTS"));
        String valid = "/api/v1/people/" + id + "/certificates/valid?department=" + CHENGGUAN;
        asTown("town-clerk", town).get(valid + "&date=2025-06-30").then().statusCode(200)
                .body("valid", equalTo(true)).body("certificates[0].number", equalTo(number));
        asTown("town-clerk", town).get(valid + "&date=2023-12-31").then().body("valid", equalTo(false))
                .body("certificates", empty());
        asTown("town-clerk", town).get("/api/v1/people/" + id + "/certificates/valid?department=别的部门&date=2025-06-30")
                .then().body("valid", equalTo(false));
        asDept(CHENGGUAN).body(Map.of("date", "2025-07-01", "reason", "调离执法岗位"))
                .post("/api/v1/people/" + id + "/certificates/" + certId + "/revoke")
                .then().statusCode(200).body("certificates[0].revokedOn", equalTo("2025-07-01"));
        asTown("town-clerk", town).get(valid + "&date=2025-06-30").then().body("valid", equalTo(true));
        asTown("town-clerk", town).get(valid + "&date=2025-07-01").then().body("valid", equalTo(false));
        asDept(CHENGGUAN).body(Map.of("reason", "again"))
                .post("/api/v1/people/" + id + "/certificates/" + certId + "/revoke")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void theValidityQueryChecksItsParameters() {
        String town = town();
        long id = person(town, "ADMINISTRATIVE");
        as("county-org").get("/api/v1/people/" + id + "/certificates/valid").then().statusCode(400)
                .body("errors.field", hasItem("department"));
        as("county-org").get("/api/v1/people/" + id + "/certificates/valid?department=x&date=2025-13-01")
                .then().statusCode(400).body("errors.field", hasItem("date"));
        as("county-org").get("/api/v1/people/abc/certificates/valid?department=x").then().statusCode(400);
        as("county-finance").get("/api/v1/people/" + id + "/certificates/valid?department=x")
                .then().statusCode(200).body("date", equalTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                        .toString()));
        countyOrg().body(Map.of("department", "x", "number", "1", "validFrom", "2024-01-01", "validTo", "2024-01-02"))
                .post("/api/v1/people/987654321/certificates").then().statusCode(404);
        countyOrg().body("{\"department\":\"x\",\"number\":\"1\",\"validFrom\":\"yesterday\",\"validTo\":\"2024-01-02\"}")
                .post("/api/v1/people/" + id + "/certificates").then().statusCode(400);
    }
}
