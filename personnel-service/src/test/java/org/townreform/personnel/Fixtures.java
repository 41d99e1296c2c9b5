package org.townreform.personnel;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
}
