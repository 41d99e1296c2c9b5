package org.townreform.license.agreement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.townreform.license.Fixtures.DEPT;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.dept;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.newTownCode;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.license.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AgreementResourceTest {

    private static Map<String, Object> body(String town, String department, List<String> items, String from,
            String to) {
        return Map.of("reference", "测协〔2026〕" + System.nanoTime() + "号", "department", department, "townCode", town,
                "townName", "测试镇人民政府", "mode", "ENTRUSTED", "validFrom", from, "validTo", to, "sealName", "测试专用章",
                "itemCodes", items);
    }

    @Test
    void aDepartmentManagesOnlyItsOwnAgreements() {
        String town = newTownCode();
        String item = item("LICENSE", 10);
        dept("绩溪县国土资源局").body(body(town, DEPT, List.of(item), "2025-01-01", "2027-12-31"))
                .post("/api/v1/agreements").then().statusCode(403).body("code", equalTo("DEPARTMENT_OUT_OF_SCOPE"));
        long id = agreement(town, "ENTRUSTED", item);
        dept("绩溪县国土资源局").body(Map.of()).post("/api/v1/agreements/" + id + "/suspend").then().statusCode(403)
                .body("code", equalTo("DEPARTMENT_OUT_OF_SCOPE"));
        clerk(town).body(Map.of()).post("/api/v1/agreements/" + id + "/suspend").then().statusCode(403);
    }

    @Test
    void itemsMustExistBelongToTheDepartmentAndNotOverlap() {
        String town = newTownCode();
        String item = item("LICENSE", 10);
        dept(DEPT).body(body(town, DEPT, List.of("NO-SUCH"), "2025-01-01", "2027-12-31")).post("/api/v1/agreements")
                .then().statusCode(422).body("code", equalTo("ITEM_UNKNOWN"));
        String foreign = item("LICENSE", 20, 10, "绩溪县国土资源局", "申请书");
        dept(DEPT).body(body(town, DEPT, List.of(foreign), "2025-01-01", "2027-12-31")).post("/api/v1/agreements")
                .then().statusCode(422).body("code", equalTo("ITEM_NOT_OF_DEPARTMENT"));
        agreement(town, "ENTRUSTED", item);
        dept(DEPT).body(body(town, DEPT, List.of(item), "2027-06-01", "2029-12-31")).post("/api/v1/agreements")
                .then().statusCode(409).body("code", equalTo("AGREEMENT_OVERLAP"));
        dept(DEPT).body(body(town, DEPT, List.of(item), "2028-01-01", "2029-12-31")).post("/api/v1/agreements")
                .then().statusCode(201);
        dept(DEPT).body(body(town, DEPT, List.of(item), "2030-01-01", "2029-12-31")).post("/api/v1/agreements")
                .then().statusCode(400);
        dept(DEPT).body(Map.of("reference", "x", "department", DEPT, "townCode", town, "townName", "x", "mode",
                "LEASED", "validFrom", "2025-01-01", "validTo", "2025-12-31", "sealName", "x", "itemCodes",
                List.of(item))).post("/api/v1/agreements").then().statusCode(400);
    }

    @Test
    void suspendReinstateRevokeAndExpiryFromTheDates() {
        String town = newTownCode();
        String item = item("LICENSE", 10);
        long id = Fixtures.agreementValid(town, "ENTRUSTED", "2020-01-01", "2022-12-31", item);
        clerk(town).get("/api/v1/agreements/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"));
        clerk(town).get("/api/v1/agreements/" + id + "?asOf=2021-05-01").then().body("status", equalTo("ACTIVE"));
        long current = Fixtures.agreementValid(town, "DEVOLVED", "2025-01-01", "2027-12-31", item);
        String base = "/api/v1/agreements/" + current;
        dept(DEPT).body(Map.of()).post(base + "/reinstate").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
        dept(DEPT).body(Map.of("date", "2026-03-04", "reason", "检查")).post(base + "/suspend").then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("history", hasSize(1));
        dept(DEPT).body(Map.of("date", "2026-03-01")).post(base + "/reinstate").then().statusCode(422)
                .body("code", equalTo("DATE_BEFORE_LAST_CHANGE"));
        dept(DEPT).body(Map.of("date", "2026-04-01")).post(base + "/reinstate").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        clerk(town).get(base + "?asOf=2026-03-10").then().body("status", equalTo("SUSPENDED"));
        dept(DEPT).body(Map.of("date", "2026-05-01")).post(base + "/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        dept(DEPT).body(Map.of("date", "2026-05-02")).post(base + "/reinstate").then().statusCode(409);
        dept(DEPT).body(Map.of("date", "2099-01-01")).post(base + "/revoke").then().statusCode(422)
                .body("code", equalTo("DATE_IN_FUTURE"));
        clerk(town).get("/api/v1/agreements/abc").then().statusCode(400);
        clerk(town).get("/api/v1/agreements/99999999").then().statusCode(404);
        clerk(newTownCode()).get(base).then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
    }
}
