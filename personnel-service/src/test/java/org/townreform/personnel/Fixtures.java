package org.townreform.personnel;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.townreform.common.id.ResidentIdNumber;
import org.townreform.common.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Builds the data a test needs through the API, with codes no other test uses. */
public final class Fixtures {
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private Fixtures() {
    }

    /** A fresh 9-digit town code. */
    public static String newTownCode() {
        return String.format("5%08d", SEQ.incrementAndGet() % 100_000_000);
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(Tokens.role(role))).contentType(ContentType.JSON);
    }

    public static RequestSpecification asTown(String role, String town) {
        return given().header("Authorization", Tokens.bearer(Tokens.town(role, town))).contentType(ContentType.JSON);
    }

    public static RequestSpecification asDept(String dept) {
        return given().header("Authorization", Tokens.bearer(Tokens.dept(dept))).contentType(ContentType.JSON);
    }

    public static RequestSpecification countyOrg() {
        return as("county-org");
    }

    /** Records an ordinary town with 9 leadership posts and returns its code. */
    public static String town() {
        return town(Map.of());
    }

    public static String town(Map<String, Object> overrides) {
        String code = newTownCode();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", "测试镇" + code, "county",
                "测试县", "category", "ORDINARY_TOWN", "pilot", false, "leadershipPosts", 9));
        body.putAll(overrides);
        countyOrg().body(body).post("/api/v1/towns").then().statusCode(201);
        return (String) body.get("code");
    }

    /** A valid resident ID number (GB 11643) no other test uses; {@code male} picks the sequence digit's parity. */
    public static String residentId(boolean male) {
        int n = SEQ.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 15000);
        int seq = (n / 15000 % 50) * 10 + (n % 5) * 2 + (male ? 1 : 0);
        String first17 = "441900" + birth.toString().replace("-", "") + String.format("%03d", seq);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static String residentId() {
        return residentId(true);
    }

    /** Sets up a unit in the town as county-org and returns its id. */
    public static long unit(String town, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "测试办公室" + SEQ.incrementAndGet(), "kind",
                "PUBLIC_INSTITUTION", "administrativeQuota", 0, "institutionQuota", 5, "leadershipPosts", 2));
        body.putAll(fields);
        return ((Number) countyOrg().body(body).post("/api/v1/towns/" + town + "/units")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    /** Records a person of the town with the given staff type and returns the id. */
    public static long person(String town, String staffType) {
        return ((Number) countyOrg().body(Map.of("townCode", town, "name", "测试人员" + SEQ.incrementAndGet(),
                "residentId", residentId(), "staffType", staffType))
                .post("/api/v1/people").then().statusCode(201).extract().path("id")).longValue();
    }

    /** Registers the person in the unit and returns the registration's id. */
    public static long register(long unit, long person) {
        return ((Number) countyOrg().body(Map.of("personId", person))
                .post("/api/v1/units/" + unit + "/registrations").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    /** Registers the person in the unit from {@code date} and returns the registration's id. */
    public static long register(long unit, long person, String date) {
        return ((Number) countyOrg().body(Map.of("personId", person, "date", date))
                .post("/api/v1/units/" + unit + "/registrations").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    /**
     * An appointment case on a unit the town decides, taken to EFFECTIVE: opened, consulted (when the unit has a superior
     * department, which agrees), decided and noticed on {@code day}, effective on {@code effectiveOn} (at least 6 working days later). Returns the case id.
     */
    public static long effectiveAppointment(String town, long unit, long person, String type, boolean leading,
            String day, String effectiveOn) {
        RequestSpecification leader = asTown("town-leader", town);
        long id = ((Number) leader.body(Map.of("type", type, "personId", person, "unitId", unit, "postTitle", "主任",
                "leading", leading, "date", day))
                .post("/api/v1/appointments").then().statusCode(201).extract().path("id")).longValue();
        String consulted = asTown("town-leader", town).get("/api/v1/appointments/" + id).then().extract()
                .path("consultedParty");
        if (consulted != null) {
            asTown("town-leader", town).body(Map.of("date", day)).post("/api/v1/appointments/" + id + "/consult")
                    .then().statusCode(200);
            asDept(consulted).body(Map.of("opinion", "AGREE", "text", "同意", "date", day))
                    .post("/api/v1/appointments/" + id + "/opinion").then().statusCode(200);
        }
        asTown("town-leader", town).body(Map.of("meetingReference", "党委会〔" + day + "〕", "date", day))
                .post("/api/v1/appointments/" + id + "/decide").then().statusCode(200);
        asTown("town-leader", town).body(Map.of("date", day))
                .post("/api/v1/appointments/" + id + "/publish-notice").then().statusCode(200);
        asTown("town-leader", town).body(Map.of("date", effectiveOn))
                .post("/api/v1/appointments/" + id + "/make-effective").then().statusCode(200);
        return id;
    }
}
