package org.townreform.fiscal;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.townreform.common.testing.Tokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Builds the data a fiscal test needs through the API, with town codes and references no other test uses. */
public final class Fixtures {
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private Fixtures() {
    }

    /** A fresh 9-digit town code. */
    public static String newTownCode() {
        return String.format("7%08d", SEQ.incrementAndGet() % 100_000_000);
    }

    public static String ref() {
        return "ref-" + SEQ.incrementAndGet() + "-" + System.nanoTime();
    }

    public static RequestSpecification as(String role) {
        return given().header("Authorization", Tokens.bearer(Tokens.role(role))).contentType(ContentType.JSON);
    }

    public static RequestSpecification asTown(String role, String town) {
        return given().header("Authorization", Tokens.bearer(Tokens.town(role, town))).contentType(ContentType.JSON);
    }

    public static RequestSpecification finance() {
        return as("county-finance");
    }

    public static RequestSpecification supervisor() {
        return as("supervisor");
    }

    /** An entry body; the date is the last day of the period (or today for the current month). */
    public static Map<String, Object> entry(String town, String period, String category, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("townCode", town);
        body.put("period", period);
        body.put("category", category);
        body.put("amount", amount);
        body.put("sourceSystem", "TEST");
        body.put("externalRef", ref());
        body.put("date", bookingDate(period));
        return body;
    }

    /** The last day of the period, or today when the period is the current month. */
    public static String bookingDate(String period) {
        java.time.YearMonth p;
        try {
            p = java.time.YearMonth.parse(period);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a malformed period under test: let the service see it
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        return (p.equals(java.time.YearMonth.from(today)) ? today : p.atEndOfMonth()).toString();
    }

    /** Records an entry and answers its id. */
    public static long record(String town, String period, String category, String amount) {
        Number id = finance().body(entry(town, period, category, amount)).post("/api/v1/revenue-entries")
                .then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    public static Map<String, Object> rule(String kind, List<String> categories, Map<String, Object> figures) {
        Map<String, Object> r = new HashMap<>(figures);
        r.put("kind", kind);
        r.put("categories", categories);
        return r;
    }

    public static Map<String, Object> policy(String validFrom, String validTo, List<Map<String, Object>> rules) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", "测试政策");
        p.put("validFrom", validFrom);
        if (validTo != null) {
            p.put("validTo", validTo);
        }
        p.put("rules", rules);
        return p;
    }

    /** Records a policy version and answers its id. */
    public static long createPolicy(String town, Map<String, Object> policy) {
        Number id = finance().body(policy).post("/api/v1/towns/" + town + "/policies")
                .then().statusCode(201).extract().path("id");
        return id.longValue();
    }
}
