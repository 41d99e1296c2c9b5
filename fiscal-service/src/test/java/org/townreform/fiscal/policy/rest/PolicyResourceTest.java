package org.townreform.fiscal.policy.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.townreform.fiscal.Fixtures.as;
import static org.townreform.fiscal.Fixtures.asTown;
import static org.townreform.fiscal.Fixtures.createPolicy;
import static org.townreform.fiscal.Fixtures.finance;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.rule;
import static org.townreform.fiscal.Fixtures.supervisor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PolicyResourceTest {

    private static String policies(String town) {
        return "/api/v1/towns/" + town + "/policies";
    }

    /** 蒲场镇: new-enterprise tax 80%, mining rights 50% for geological hazards, fees and land proceeds 100%. */
    static Map<String, Object> puchang(String from, String to) {
        Map<String, Object> p = policy(from, to, List.of(
                rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80")),
                rule("PROPORTIONAL", List.of("MINING_RIGHTS"), Map.of("rate", "0.50", "earmark", "地质灾害防治")),
                rule("FULL_RETURN", List.of("ADMIN_FEES", "LAND_TRANSFER_NET"), Map.of())));
        p.put("documentRef", "绥府发〔2012〕号");
        return p;
    }

    @Test
    void recordsAVersionWithItsRulesAndEarmarks() {
        String town = newTownCode();
        finance().body(puchang("2012-01-01", null)).post(policies(town)).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("versionNo", equalTo(1))
                .body("rules", hasSize(3))
                .body("rules[0].rate", equalTo("0.8000"))
                .body("rules[1].earmark", equalTo("地质灾害防治"))
                .body("rules[2].rate", equalTo("1.0000"))
                .body("rules[2].categories", equalTo(List.of("ADMIN_FEES", "LAND_TRANSFER_NET")))
                .body("rules[0].description", containsString("0.80 × YTD TAX_NEW_ENTERPRISE"));
        asTown("town-clerk", town).get(policies(town)).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void versionsOfATownNeverOverlap() {
        String town = newTownCode();
        createPolicy(town, puchang("2009-01-01", "2013-12-31"));
        finance().body(puchang("2013-01-01", "2017-12-31")).post(policies(town)).then().statusCode(409)
                .body("code", equalTo("POLICY_OVERLAP"));
        finance().body(puchang("2014-01-01", null)).post(policies(town)).then().statusCode(201)
                .body("versionNo", equalTo(2));
        finance().body(puchang("2030-01-01", null)).post(policies(town)).then().statusCode(409)
                .body("code", equalTo("POLICY_OVERLAP"));
        // another town is not concerned
        finance().body(puchang("2013-01-01", null)).post(policies(newTownCode())).then().statusCode(201);
    }

    @Test
    void miningRightsBelowHalfAreRejected() {
        Map<String, Object> p = policy("2012-01-01", null, List.of(
                rule("PROPORTIONAL", List.of("MINING_RIGHTS"), Map.of("rate", "0.45"))));
        finance().body(p).post(policies(newTownCode())).then().statusCode(422)
                .body("code", equalTo("MINING_RIGHTS_RATE_TOO_LOW"));
    }

    @Test
    void aVersionSpansWholeMonthsAndACategoryHasOneRule() {
        finance().body(puchang("2012-07-15", null)).post(policies(newTownCode())).then().statusCode(422)
                .body("code", equalTo("POLICY_NOT_WHOLE_MONTHS"));
        finance().body(puchang("2012-07-01", "2013-06-29")).post(policies(newTownCode())).then().statusCode(422)
                .body("code", equalTo("POLICY_NOT_WHOLE_MONTHS"));
        Map<String, Object> twice = policy("2012-01-01", null, List.of(
                rule("FULL_RETURN", List.of("ADMIN_FEES"), Map.of()),
                rule("PROPORTIONAL", List.of("ADMIN_FEES"), Map.of("rate", "0.5"))));
        finance().body(twice).post(policies(newTownCode())).then().statusCode(422)
                .body("code", equalTo("CATEGORY_IN_TWO_RULES"));
    }

    @Test
    void rulesAreCheckedByKind() {
        String town = newTownCode();
        finance().body(policy("2012-01-01", null, List.of(rule("PER_UNIT", List.of("TAX_EXISTING"),
                Map.of("unitAmount", "5000.00"))))).post(policies(town)).then().statusCode(400)
                .body("errors.field", hasItem("rules[0].categories"));
        finance().body(policy("2012-01-01", null, List.of(rule("EXCESS_OVER_BASELINE", List.of("TAX_EXISTING"),
                Map.of("rate", "1.00"))))).post(policies(town)).then().statusCode(400)
                .body("errors.field", hasItem("rules[0].baseline"));
        finance().body(policy("2012-01-01", null, List.of(rule("PROPORTIONAL", List.of("TAX_EXISTING"),
                Map.of("rate", "1.5"))))).post(policies(town)).then().statusCode(400);
        finance().body(policy("2012-01-01", null, List.of(rule("MAGIC", List.of("TAX_EXISTING"), Map.of()))))
                .post(policies(town)).then().statusCode(400);
        finance().body(policy("2012-01-01", null, List.of())).post(policies(town)).then().statusCode(400);
        finance().body("[]").post(policies(town)).then().statusCode(400);
        finance().body(puchang("2012-01-01", null)).post("/api/v1/towns/x/policies").then().statusCode(400);
        as("supervisor").get(policies(town)).then().body("items", hasSize(0));
    }

    @Test
    void aVersionIsEndedEarlierWithTheVersionReadMakingRoomForTheNext() {
        String town = newTownCode();
        long id = createPolicy(town, puchang("2012-01-01", null));
        Map<String, Object> end = new HashMap<>(Map.of("validTo", "2020-12-31", "reason", "新政策"));
        finance().body(end).post(policies(town) + "/" + id + "/end").then().statusCode(428);
        finance().header("If-Match", "\"0\"").body(end).post(policies(town) + "/" + id + "/end").then()
                .statusCode(200).body("validTo", equalTo("2020-12-31")).body("version", equalTo(1));
        finance().header("If-Match", "\"0\"").body(Map.of("validTo", "2019-12-31", "reason", "x"))
                .post(policies(town) + "/" + id + "/end").then().statusCode(409)
                .body("code", equalTo("STALE_VERSION"));
        finance().header("If-Match", "\"1\"").body(Map.of("validTo", "2025-12-31", "reason", "x"))
                .post(policies(town) + "/" + id + "/end").then().statusCode(422)
                .body("code", equalTo("POLICY_END_NOT_EARLIER"));
        createPolicy(town, puchang("2021-01-01", null));
        supervisor().get("/api/v1/audit?entityType=PolicyVersion&entityId=" + id).then()
                .body("items[0].action", equalTo("POLICY_ENDED"));
    }

    @Test
    void onlyTheCountyFinanceBureauWritesPolicies() {
        String town = newTownCode();
        asTown("town-leader", town).body(puchang("2012-01-01", null)).post(policies(town)).then().statusCode(403);
        asTown("town-clerk", town).get(policies(newTownCode())).then().statusCode(403)
                .body("code", equalTo("TOWN_OUT_OF_SCOPE"));
        finance().get(policies(town) + "/123456789").then().statusCode(404);
        finance().get(policies(town) + "/x").then().statusCode(400);
    }
}
