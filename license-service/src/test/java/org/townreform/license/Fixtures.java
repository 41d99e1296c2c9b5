package org.townreform.license;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.townreform.common.testing.Calendars;
import org.townreform.common.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Builds the data a test needs through the API, with codes no other test uses. */
public final class Fixtures {
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static volatile boolean calendarsLoaded;

    public static final String DEPT = "东莞市城市管理综合执法局";
    /** A valid resident ID number (GB 11643 check digit) and USCC (GB 32100), invented for tests. */
    public static final String RESIDENT_ID = "441900199001011231";
    public static final String USCC = "91441900MA4UJY1A5Y";
    public static final String PHONE = "13800138000";
    public static final String NAME = "测试申请人甲";

    private Fixtures() {
    }

    public static synchronized void calendars() {
        if (!calendarsLoaded) {
            Calendars.loadOfficial();
            calendarsLoaded = true;
        }
    }

    public static String newTownCode() {
        return String.format("6%08d", SEQ.incrementAndGet() % 100_000_000);
    }

    public static String newItemCode() {
        return "T-" + SEQ.incrementAndGet();
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(Tokens.role(role))).contentType(ContentType.JSON);
    }

    public static RequestSpecification clerk(String town) {
        return given().header("Authorization", Tokens.bearer(Tokens.town("town-clerk", town)))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification leader(String town) {
        return given().header("Authorization", Tokens.bearer(Tokens.town("town-leader", town)))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification dept(String dept) {
        return given().header("Authorization", Tokens.bearer(Tokens.dept(dept))).contentType(ContentType.JSON);
    }

    /** Imports one item through the CSV import and returns its code. */
    public static String item(String kind, int statutory, int promised, String dept, String required) {
        String code = newItemCode();
        String csv = "事项编码,事项名称,事项类型,授权部门,法定时限,承诺时限,必要材料,收费标准\n" + code + ",测试事项" + code + ","
                + kind + "," + dept + "," + statutory + "," + promised + ",\"" + required + "\",0\n";
        given().header("Authorization", Tokens.bearer(Tokens.role("county-org")))
                .multiPart("file", "items.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/items/import").then().statusCode(200);
        return code;
    }

    public static String item(String kind, int promised) {
        return item(kind, promised * 2, promised, DEPT, "申请书;营业执照复印件");
    }

    /** An agreement between DEPT and the town for the items, valid 2025–2027, and returns its id. */
    public static long agreement(String town, String mode, String... items) {
        return agreementValid(town, mode, "2025-01-01", "2027-12-31", items);
    }

    public static long agreementValid(String town, String mode, String from, String to, String... items) {
        Map<String, Object> body = new HashMap<>(Map.of("reference", "东执委〔2025〕" + SEQ.incrementAndGet() + "号",
                "department", DEPT, "townCode", town, "townName", "测试镇人民政府", "mode", mode, "validFrom", from,
                "validTo", to, "sealName", "测试镇城市管理行政执法专用章", "itemCodes", List.of(items)));
        return dept(DEPT).body(body).post("/api/v1/agreements").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** Submits an application with the given materials on the date; returns id, number and code. */
    public static Submitted submit(String town, String item, String date, List<String> materials) {
        Map<String, Object> body = new HashMap<>();
        body.put("townCode", town);
        body.put("itemCode", item);
        body.put("applicant", Map.of("kind", "PERSON", "name", NAME, "residentId", RESIDENT_ID, "phone", PHONE));
        body.put("channel", "COUNTER");
        body.put("materials", materials);
        body.put("date", date);
        var json = clerk(town).body(body).post("/api/v1/applications").then().statusCode(201).extract().jsonPath();
        return new Submitted(json.getLong("id"), json.getString("number"), json.getString("verificationCode"));
    }

    public static Submitted submitComplete(String town, String item, String date) {
        return submit(town, item, date, List.of("申请书", "营业执照复印件"));
    }

    public record Submitted(long id, String number, String code) {
    }

    public static String path(long id, String action) {
        return "/api/v1/applications/" + id + "/" + action;
    }
}
