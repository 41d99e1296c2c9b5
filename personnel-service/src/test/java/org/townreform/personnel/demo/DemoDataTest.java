package org.townreform.personnel.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.townreform.personnel.Fixtures.as;
import static org.townreform.personnel.Fixtures.asDept;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.countyOrg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.townreform.common.id.ResidentIdNumber;
import org.townreform.common.testing.DemoFacts;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

/** The service started as the run command starts it: with the demo data loaded, readable through the API, twice-safe. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemo.class)
public class DemoDataTest {
    private static final String SHILONG = "441900113";

    public static class WithDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() { return Map.of("townreform.demo.enabled", "true"); }
    }

    @Inject
    Pool pool;

    private static String script(String name) throws IOException {
        try (InputStream in = DemoDataTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shilongsOrganisationIsAsTheFirstDocumentListsIt() {
        JsonPath units = asTown("town-clerk", SHILONG).get("/api/v1/towns/" + SHILONG + "/units?limit=200&status=ACTIVE")
                .then().statusCode(200).extract().jsonPath();
        List<String> offices = units.getList("items.findAll { it.kind == 'INTERNAL_OFFICE' || it.kind == 'BUREAU' }.name");
        assertThat(offices).containsExactlyInAnyOrder("党政人大办公室", "政法办公室", "组织人事办公室", "宣传和教育文体局",
                "经济和科技信息局", "外资服务管理局", "住房和城市规划建设局", "卫生和人口计划生育局", "农业和社会事务局");
        assertThat(units.getList("items.findAll { it.kind == 'COORDINATION_COMMITTEE' }.name"))
                .containsExactlyInAnyOrder("经济发展改革委员会", "城市规划建设委员会", "人口与社会事务委员会");
        assertThat(units.getList("items.findAll { it.kind == 'MASS_ORGANIZATION' }.name"))
                .containsExactlyInAnyOrder("工会", "团委", "妇联");
        assertThat(units.getList("items.findAll { it.kind == 'OTHER_STATUTORY' }.name"))
                .contains("党的纪律检查委员会机关", "武装部");
        assertThat(units.getString("items.find { it.name == '外资服务管理局' }.coLocatedWith.name")).isEqualTo("经济和科技信息局");
        assertThat(units.getString("items.find { it.name == '文化执法分队' }.coLocatedWith.name")).isEqualTo("城市管理综合执法分局");
        assertThat(units.getString("items.find { it.name == '文化执法分队' }.staffSets")).isEqualTo("ONE");
        assertThat(units.getString("items.find { it.name == '会计核算中心' }.staffSets")).isEqualTo("TWO");
        assertThat(units.getString("items.find { it.name == '城市管理综合执法分局' }.managementMode")).isEqualTo("DEVOLVED");
        assertThat(units.getString("items.find { it.name == '环保分局' }.managementMode")).isEqualTo("UNCHANGED");
        assertThat(units.getString("items.find { it.name == '环保分局' }.appointingAuthority")).isEqualTo("NONE");
        assertThat(units.getList("items.findAll { it.kind == 'PUBLIC_INSTITUTION' }.rank")).containsOnlyNulls();
        asTown("town-clerk", SHILONG).get("/api/v1/towns/" + SHILONG + "/units?q=法制办公室").then()
                .body("items", hasSize(1)).body("items[0].name", equalTo("党政人大办公室"));
        asTown("town-clerk", SHILONG).get("/api/v1/towns/" + SHILONG + "/units?q=图书馆").then()
                .body("items[0].name", equalTo("文化广播电视服务中心"));
        asTown("town-clerk", SHILONG).get("/api/v1/towns/" + SHILONG + "/units?status=MERGED").then()
                .body("items.name", hasItems("人才服务站", "残疾人劳动就业服务所", "劳动就业服务中心"));
    }

    @Test
    void staffingIsShownWithinTheQuotas() {
        JsonPath staffing = asTown("town-leader", SHILONG).get("/api/v1/towns/" + SHILONG + "/staffing").then()
                .statusCode(200).extract().jsonPath();
        assertThat(staffing.getInt("total.total.occupied")).isGreaterThan(20);
        assertThat(staffing.getString("total.total.vacancyRate")).matches("0\\.\\d\\d");
        for (Map<String, Object> line : staffing.<Map<String, Object>>getList("units")) {
            @SuppressWarnings("unchecked")
            Map<String, Integer> admin = (Map<String, Integer>) line.get("administrative");
            assertThat(admin.get("occupied")).isLessThanOrEqualTo(admin.get("quota"));
        }
        // 人力资源服务中心 was set up from three units on 2010-04-27 and took their quotas: the totals do not move
        int before = asTown("town-leader", SHILONG).get("/api/v1/towns/" + SHILONG + "/staffing?asOf=2010-04-26")
                .then().statusCode(200).extract().path("total.institution.quota");
        int after = asTown("town-leader", SHILONG).get("/api/v1/towns/" + SHILONG + "/staffing?asOf=2010-04-27")
                .then().statusCode(200).extract().path("total.institution.quota");
        assertThat(after).isEqualTo(before);
        as("supervisor").get("/api/v1/towns/520323104?asOf=2013-01-01").then().body("leadershipPosts", equalTo(11));
        as("supervisor").get("/api/v1/towns/520323104?asOf=2012-01-01").then().body("leadershipPosts", equalTo(9));
    }

    @Test
    void everyDemoPersonHasAValidResidentIdNumber() {
        for (String town : List.of(SHILONG, "520323104", "341824102")) {
            List<String> ids = countyOrg().get("/api/v1/towns/" + town + "/people?limit=200").then().statusCode(200)
                    .extract().jsonPath().getList("items.residentId");
            assertThat(ids).isNotEmpty().allMatch(ResidentIdNumber::isValid);
        }
        countyOrg().get("/api/v1/towns/" + SHILONG + "/people?limit=200").then()
                .body("items.findAll { it.note != '演示数据（虚构人员）' }", hasSize(0));
    }

    @Test
    void casesCertificatesAndDashboardsHaveSomethingToShow() {
        asTown("town-leader", SHILONG).get("/api/v1/towns/" + SHILONG + "/appointments").then()
                .body("items.status", hasItems("EFFECTIVE", "PUBLIC_NOTICE", "CONSULTATION", "COORDINATION", "DRAFT",
                        "WITHDRAWN"));
        int head = countyOrg().get("/api/v1/towns/" + SHILONG + "/people?q=林国强").then().extract().path("items[0].id");
        asDept("东莞市城市管理综合执法局").get("/api/v1/people/" + head
                + "/certificates/valid?department=东莞市城市管理综合执法局&date=2026-03-02").then()
                .body("valid", equalTo(true));
        asTown("town-clerk", SHILONG).get("/api/v1/towns/" + SHILONG + "/rotation-due").then()
                .body("items.size()", greaterThan(0));
        countyOrg().get("/api/v1/personnel-summaries?town=441900113&town=520323104&town=341824102").then()
                .statusCode(200)
                .body("items[0].internalOfficesAndBureaus", equalTo(9))
                .body("items[0].noticesInProgress", equalTo(1))
                .body("items[2].overdueAdjustmentRequests", equalTo(1))
                .body("items[1].leadershipPosts", equalTo(11));
    }

    /** docs/demo-data.md: the towns, and the people license-service names by id, are here as listed. */
    @Test
    void theSharedFactsOfTheDemoDataAreHere() {
        DemoFacts.towns().forEach((code, name) -> countyOrg().get("/api/v1/towns/" + code).then().statusCode(200)
                .body("name", containsString(name)));
        List<DemoFacts.ReferencedPerson> people = DemoFacts.referencedPeople();
        assertThat(people).isNotEmpty();
        for (DemoFacts.ReferencedPerson p : people) {
            countyOrg().get("/api/v1/people/" + p.id()).then().statusCode(200).body("name", equalTo(p.name()))
                    .body("townCode", equalTo(p.townCode()));
            asDept(p.department()).get("/api/v1/people/" + p.id() + "/certificates/valid?department=" + p.department()
                    + "&date=" + p.validFrom()).then().statusCode(200).body("valid", equalTo(true))
                    .body("certificates.number", hasItems(p.certificateNumber()));
        }
    }

    @Test
    void theDemoTownsAreInThePublicRegistrysChangesAsRegistered() {
        List<Map<String, Object>> towns = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < 1000; i++) {
            JsonPath page = given()
                    .get("/api/v1/public/towns/changes?limit=500" + (cursor == null ? "" : "&after=" + cursor)).then()
                    .statusCode(200).extract().jsonPath();
            towns.addAll(page.getList("towns"));
            cursor = page.getString("cursor");
            if (!page.getBoolean("more")) {
                break;
            }
        }
        assertThat(towns).contains(Map.of("code", SHILONG, "name", "石龙镇"), Map.of("code", "520323104", "name", "蒲场镇"),
                Map.of("code", "341824102", "name", "临溪镇"));
        // written by the script, not through the API: their one event is the backfill's (石龙镇 may have been recorded
        // through the API by an earlier test of this database, before the script found it there)
        for (String town : List.of("520323104", "341824102")) {
            countyOrg().get("/api/v1/events?town=" + town + "&type=cn.townreform.personnel.town.registered").then()
                    .statusCode(200).body("events", hasSize(1)).body("events[0].data.code", equalTo(town));
        }
        int again = pool.query("select town_registry_backfill() as n").execute().await()
                .atMost(Duration.ofSeconds(30)).iterator().next().getInteger("n");
        assertThat(again).as("every demo town has its event already").isZero();
    }

    @Test
    void loadingTheScriptAgainChangesNothing() throws IOException {
        String count = "select (select count(*) from org_unit) + (select count(*) from person) "
                + "+ (select count(*) from registration) + (select count(*) from post_holding) "
                + "+ (select count(*) from appointment_case) + (select count(*) from assessment) "
                + "+ (select count(*) from adjustment_request) + (select count(*) from enforcement_certificate) "
                + "+ (select count(*) from leadership_post_change) + (select count(*) from town) as n";
        long before = pool.query(count).execute().await().atMost(Duration.ofSeconds(30)).iterator().next().getLong("n");
        String sql = script("demo/personnel.sql");
        pool.withTransaction(c -> c.query(sql).execute()).await().atMost(Duration.ofMinutes(1));
        long after = pool.query(count).execute().await().atMost(Duration.ofSeconds(30)).iterator().next().getLong("n");
        assertThat(after).isEqualTo(before).isGreaterThan(100);
    }
}
