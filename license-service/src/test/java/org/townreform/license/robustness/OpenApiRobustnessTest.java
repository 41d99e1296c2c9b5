package org.townreform.license.robustness;

import static org.townreform.license.Fixtures.DEPT;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.newTownCode;
import static org.townreform.license.Fixtures.path;
import static org.townreform.license.Fixtures.submitComplete;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Tokens;
import org.townreform.common.testing.fuzz.OpenApiFuzzer;
import org.townreform.license.Fixtures;
import org.townreform.license.Fixtures.Submitted;
import org.townreform.license.PersonnelContractServer;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The robustness suite generated from license-service's own OpenAPI document ({@link OpenApiFuzzer}): every operation,
 * every parameter and body field mutated, sent as a county-wide writer (the town's clerk and leader, the department's
 * officer and the county organisation department at once): no 5xx, every refusal a coded problem, invalid input
 * refused, and a refusal stores nothing. Each application action gets a case in the state it acts on.
 */
@QuarkusTest
class OpenApiRobustnessTest {
    private static final String DAY = "2026-03-02";
    private static final String APPLICATION = "/api/v1/applications/{id}/";

    @Test
    void everyOperationRefusesMalformedInputCleanly() throws IOException {
        Fixtures.calendars();
        String town = newTownCode();
        String item = item("LICENSE", 10);
        agreement(town, "ENTRUSTED", item);
        Submitted published = submitComplete(town, item, DAY);
        OpenApiFuzzer fuzzer = OpenApiFuzzer.forService("license");
        fuzzer.writer(Tokens.bearer(Tokens.roles(Set.of("county-org", "town-clerk", "town-leader", "dept-officer",
                "supervisor"), town, DEPT)))
                .otherTown(Tokens.bearer(Tokens.town("town-clerk", newTownCode())))
                .expired(Tokens.bearer(Tokens.expired("town-clerk")))
                .date(DAY)
                .path("towns/{code}", town)
                .path("items/{code}", item)
                .path("agreements/{id}", () -> agreement(newTownCode(), "ENTRUSTED", item))
                .path("applications/{id}", () -> submitComplete(town, item, DAY).id())
                .path(APPLICATION + "start-review:{id}", () -> accepted(town, item))
                .path(APPLICATION + "approve:{id}", () -> underReview(town, item))
                .path(APPLICATION + "deny:{id}", () -> underReview(town, item))
                .path(APPLICATION + "supplement:{id}", () -> supplementRequested(town, item))
                .path("complaints/{id}", () -> complaint(town))
                .path("rectifications/{id}", 987654321)
                .path("applications/{number}", published.number())
                .query("code", published.code())
                // a year no other test reads: a PUT replaces the year's calendar
                .path("calendar/{year}", 2091)
                .fresh("reference", () -> "东执委〔2026〕" + newTownCode() + "号")
                .fresh("agreementTown", Fixtures::newTownCode)
                .field("townCode", town).field("itemCode", item).field("itemCodes", List.of(item))
                .field("department", DEPT).field("residentId", Fixtures.RESIDENT_ID).field("uscc", Fixtures.USCC)
                .field("reviewerId", PersonnelContractServer.CERTIFIED).field("outcome", "FORWARDED")
                .field("reason", "材料不全")
                .field("days", List.of(Map.of("date", "2091-01-01", "isOffDay", true, "name", "元旦")))
                .body("POST /api/v1/applications", () -> application(town, item))
                .body("POST /api/v1/agreements", () -> newAgreement(fuzzer.token("reference"),
                        fuzzer.token("agreementTown"), item))
                .upload("POST /api/v1/items/import", "file", "items.csv", catalogueCsv(), "text/csv")
                .spreadsheet(resource("/catalogue/shilong-catalogue.xlsx"))
                .query("town", town).query("towns", town).query("department", DEPT).query("entityType", "Application")
                .publicPaths("/api/v1/public/")
                // the public rate limit counts refused requests too: that is its purpose, not a stored effect
                .excludeTables("public_rate_window")
                // the copy of the town registry is written by its follower on its own clock, not by a request
                .excludeTables("town_copy", "feed_position")
                .run()
                .assertClean(2000);
    }

    private static Map<String, Object> application(String town, String item) {
        Map<String, Object> body = new HashMap<>();
        body.put("townCode", town);
        body.put("itemCode", item);
        body.put("applicant", Map.of("kind", "PERSON", "name", Fixtures.NAME, "residentId", Fixtures.RESIDENT_ID,
                "phone", Fixtures.PHONE));
        body.put("channel", "COUNTER");
        body.put("materials", List.of("申请书", "营业执照复印件"));
        body.put("date", DAY);
        return body;
    }

    private static Map<String, Object> newAgreement(String reference, String town, String item) {
        return Map.of("reference", reference, "department", DEPT, "townCode", town, "townName", "测试镇人民政府", "mode",
                "ENTRUSTED", "validFrom", "2025-01-01", "validTo", "2027-12-31", "sealName", "测试镇城市管理行政执法专用章",
                "itemCodes", List.of(item));
    }

    private static long accepted(String town, String item) {
        long id = submitComplete(town, item, DAY).id();
        clerk(town).body(Map.of("date", DAY)).post(path(id, "accept")).then().statusCode(200);
        return id;
    }

    private static long underReview(String town, String item) {
        long id = accepted(town, item);
        clerk(town).body(Map.of("date", DAY)).post(path(id, "start-review")).then().statusCode(200);
        return id;
    }

    private static long supplementRequested(String town, String item) {
        long id = underReview(town, item);
        clerk(town).body(Map.of("date", DAY, "alsoMissing", List.of("清晰的身份证复印件")))
                .post(path(id, "request-supplement")).then().statusCode(200);
        return id;
    }

    private static long complaint(String town) {
        return clerk(town).body(Map.of("townCode", town, "subject", "窗口办事慢", "content", "排队两小时", "date", DAY))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static byte[] catalogueCsv() {
        return ("事项编码,事项名称,事项类型,授权部门,法定时限,承诺时限,必要材料,收费标准\nT-FUZZ-1,模糊测试事项,LICENSE," + DEPT
                + ",20,10,\"申请书;营业执照复印件\",0\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OpenApiRobustnessTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " missing");
            }
            return in.readAllBytes();
        }
    }
}
