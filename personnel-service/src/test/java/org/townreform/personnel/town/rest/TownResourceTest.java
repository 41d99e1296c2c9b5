package org.townreform.personnel.town.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.townreform.personnel.Fixtures.as;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.newTownCode;
import static org.townreform.personnel.Fixtures.town;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TownResourceTest {

    @Test
    void recordsATownWithTheDefaultOfficeLimitOfItsCategory() {
        String code = newTownCode();
        countyOrg().body(Map.of("code", code, "name", "意溪镇", "county", "湘桥区", "category", "LARGER_TOWN",
                "leadershipPosts", 9))
                .post("/api/v1/towns")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/towns/" + code))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("maxInternalOffices", equalTo(8))
                .body("maxInternalOfficesOverridden", equalTo(false))
                .body("leadershipPosts", equalTo(9));
    }

    @Test
    void pilotTownsMayHaveTenOffices() {
        String code = town(Map.of("pilot", true));
        as("supervisor").get("/api/v1/towns/" + code).then().statusCode(200).body("maxInternalOffices", equalTo(10));
    }

    @Test
    void aTownCodeMustBeNineDigits() {
        countyOrg().body(Map.of("code", "44190011", "name", "x", "county", "y", "category", "ORDINARY_TOWN",
                "leadershipPosts", 9))
                .post("/api/v1/towns")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("code"));
    }

    @Test
    void anUnknownCategoryIsAClearValidationError() {
        countyOrg().body(Map.of("code", newTownCode(), "name", "x", "county", "y", "category", "CITY",
                "leadershipPosts", 9))
                .post("/api/v1/towns")
                .then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("detail", containsString("ORDINARY_TOWN"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        countyOrg().body("{\"code\": ").post("/api/v1/towns")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void recordingTheSameTownTwiceIsAConflict() {
        String code = town();
        countyOrg().body(Map.of("code", code, "name", "x", "county", "y", "category", "ORDINARY_TOWN",
                "leadershipPosts", 9))
                .post("/api/v1/towns")
                .then().statusCode(409).body("code", equalTo("TOWN_EXISTS"));
    }

    @Test
    void aTownClerkCannotRecordTowns() {
        asTown("town-clerk", "441900113").body(Map.of("code", newTownCode(), "name", "x", "county", "y",
                "category", "ORDINARY_TOWN", "leadershipPosts", 9))
                .post("/api/v1/towns").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void noTokenIs401AndABadTokenToo() {
        given().get("/api/v1/towns").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/towns").then().statusCode(401);
    }

    @Test
    void aTownUserSeesOnlyTheirOwnTownAndIsRefusedAnother() {
        String mine = town();
        String other = town();
        asTown("town-clerk", mine).get("/api/v1/towns?limit=200").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].code", equalTo(mine));
        asTown("town-clerk", mine).get("/api/v1/towns/" + other)
                .then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
    }

    @Test
    void listsPageWithACursor() {
        town();
        town();
        String next = as("supervisor").get("/api/v1/towns?limit=1").then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        String first = as("supervisor").get("/api/v1/towns?limit=1").then().extract().path("items[0].code");
        as("supervisor").get("/api/v1/towns?limit=1&cursor=" + next).then().statusCode(200)
                .body("items[0].code", not(equalTo(first)));
        as("supervisor").get("/api/v1/towns?limit=0").then().statusCode(400);
        as("supervisor").get("/api/v1/towns?cursor=%%%").then().statusCode(400);
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        String code = town();
        Map<String, Object> change = Map.of("name", "新名镇", "county", "测试县", "category", "LARGER_TOWN", "pilot",
                false);
        countyOrg().header("If-Match", "\"0\"").body(change).put("/api/v1/towns/" + code)
                .then().statusCode(200).body("name", equalTo("新名镇")).body("version", equalTo(1))
                .header("ETag", "\"1\"");
        countyOrg().header("If-Match", "\"0\"").body(change).put("/api/v1/towns/" + code)
                .then().statusCode(409).body("code", equalTo("STALE_VERSION"));
        countyOrg().body(change).put("/api/v1/towns/" + code)
                .then().statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"));
    }

    @Test
    void leadershipPostsGrowByADatedDecisionAndKeepHistory() {
        // 蒲场镇: "在现有职数9人的基础上增加2名".
        String code = town();
        countyOrg().body(Map.of("change", 2, "date", "2012-03-15", "reference", "绥委发〔2012〕8号"))
                .post("/api/v1/towns/" + code + "/leadership-post-changes")
                .then().statusCode(200).body("leadershipPosts", equalTo(11))
                .body("leadershipPostChanges[0].change", equalTo(2));
        as("county-org").get("/api/v1/towns/" + code + "?asOf=2012-03-14")
                .then().body("leadershipPosts", equalTo(9));
        as("county-org").get("/api/v1/towns/" + code + "?asOf=2012-03-15")
                .then().body("leadershipPosts", equalTo(11));
    }

    @Test
    void aDecisionCannotBeDatedInTheFuture() {
        String code = town();
        countyOrg().body(Map.of("change", 2, "date", LocalDate.now().plusDays(30).toString()))
                .post("/api/v1/towns/" + code + "/leadership-post-changes")
                .then().statusCode(422).body("code", equalTo("DATE_IN_FUTURE"));
    }

    @Test
    void changesAreAuditedForSupervisorsOnly() {
        String code = town();
        as("supervisor").get("/api/v1/audit?entityType=Town&entityId=" + code)
                .then().statusCode(200)
                .body("items[0].action", equalTo("TOWN_CREATED"))
                .body("items[0].actor", equalTo("test county-org"))
                .body("items[0].requestId", notNullValue());
        as("county-org").get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        String code = newTownCode();
        Map<String, Object> body = Map.of("code", code, "name", "x", "county", "y", "category", "ORDINARY_TOWN",
                "leadershipPosts", 9);
        String key = "k-" + code;
        countyOrg().header("Idempotency-Key", key).body(body).post("/api/v1/towns").then().statusCode(201);
        countyOrg().header("Idempotency-Key", key).body(body).post("/api/v1/towns").then().statusCode(201)
                .body("code", equalTo(code));
        countyOrg().header("Idempotency-Key", key).body(Map.of("code", newTownCode(), "name", "x", "county", "y",
                "category", "ORDINARY_TOWN", "leadershipPosts", 9))
                .post("/api/v1/towns").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as("supervisor").get("/api/v1/audit?entityType=Town&entityId=" + code).then().body("items", hasSize(1));
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        as("supervisor").get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        as("supervisor").contentType(ContentType.JSON).delete("/api/v1/towns/441900113").then().statusCode(405);
    }
}
