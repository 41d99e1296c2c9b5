package org.townreform.license.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.townreform.license.Fixtures.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.DemoFacts;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;

@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
public class DemoDataTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() { return Map.of("townreform.demo.enabled", "true"); }
    }

    @Inject
    Pool pool;

    @Test
    void theDemoLoadsReadsBackThroughTheApiAndLoadsTwiceSafely() throws Exception {
        String script = new String(getClass().getClassLoader().getResourceAsStream("demo/license.sql").readAllBytes(),
                StandardCharsets.UTF_8);
        pool.withTransaction(c -> c.query(script).execute()).await().atMost(Duration.ofMinutes(1));
        as("supervisor").get("/api/v1/items?department=东莞市交通运输局").then().statusCode(200).body("items", hasSize(4));
        as("supervisor").get("/api/v1/agreements?town=441900113&asOf=2026-11-26").then().statusCode(200)
                .body("items.status", hasItem("SUSPENDED")).body("items.status", hasItem("EXPIRED"))
                .body("items.mode", hasItem("DEVOLVED"));
        as("supervisor").get("/api/v1/towns/441900113/applications?limit=200&asOf=2026-11-26").then()
                .statusCode(200).body("items", hasSize(16)).body("items.clock.light", hasItem("GREEN"))
                .body("items.clock.light", hasItem("YELLOW")).body("items.clock.light", hasItem("RED"))
                .body("items.townName", everyItem(equalTo("石龙镇")))
                // the one-time notice went out the day after submission: waiting for the applicant, not deemed accepted
                .body("items.find { it.number == '441900113-20261116-900003' }.clock.deemedAccepted", equalTo(false))
                .body("items.find { it.number == '441900113-20261116-900003' }.clock.deadline", nullValue())
                .body("items.find { it.number == '441900113-20261116-900003' }.clock.light", equalTo("GREEN"));
        as("supervisor").get("/api/v1/licensing-views?towns=441900113,520323104,341824102&asOf=2026-11-26").then()
                .statusCode(200).body("[0].townCode", equalTo("441900113"))
                .body("[0].overdueCases", greaterThanOrEqualTo(1))
                .body("[0].overdueFilings", greaterThanOrEqualTo(2))
                .body("[0].itemsDelegated", greaterThanOrEqualTo(19))
                .body("[0].averageRating", not(nullValue()))
                .body("[2].townCode", equalTo("341824102"));
        RestAssured.given().get("/api/v1/public/applications/441900113-20261027-900006?code=SLDEMO06").then()
                .statusCode(200).body("light", equalTo("RED"));
    }

    private static final String COUNT = "select (select count(*) from catalogue_item) || '/' || (select count(*) from "
            + "delegation_agreement) || '/' || (select count(*) from agreement_item) || '/' || (select count(*) from "
            + "application) || '/' || (select count(*) from filing) || '/' || (select count(*) from evaluation) || '/' || "
            + "(select count(*) from complaint) as n";

    @Test
    void loadingTheScriptAgainChangesNothing() throws Exception {
        String script = new String(getClass().getClassLoader().getResourceAsStream("demo/license.sql").readAllBytes(),
                StandardCharsets.UTF_8);
        String before = pool.query(COUNT).execute().await().atMost(Duration.ofSeconds(30)).iterator().next()
                .getString("n");
        pool.withTransaction(c -> c.query(script).execute()).await().atMost(Duration.ofMinutes(1));
        String after = pool.query(COUNT).execute().await().atMost(Duration.ofSeconds(30)).iterator().next()
                .getString("n");
        assertThat(after).isEqualTo(before).doesNotStartWith("0/");
    }

    /** docs/demo-data.md: every town is one of the shared towns, every reviewer one personnel-service has (by id). */
    @Test
    void theDemoDataNamesOnlyTheSharedTownsAndReviewers() {
        Map<String, String> towns = DemoFacts.towns();
        List<String> used = new ArrayList<>();
        pool.query("select distinct town_code from delegation_agreement union select distinct town_code from application")
                .execute().await().atMost(Duration.ofSeconds(30)).forEach(r -> used.add(r.getString(0)));
        assertThat(used).isNotEmpty().allMatch(towns::containsKey);

        Map<Long, DemoFacts.ReferencedPerson> people = new HashMap<>();
        DemoFacts.referencedPeople().forEach(p -> people.put(p.id(), p));
        List<String> wrong = new ArrayList<>();
        int[] reviewers = {0};
        pool.query("select a.number, a.reviewer_id, a.reviewer_certificate, a.decided_on, c.department from application a "
                + "join catalogue_item c on c.code = a.item_code where a.reviewer_id is not null").execute().await()
                .atMost(Duration.ofSeconds(30)).forEach(r -> {
                    reviewers[0]++;
                    DemoFacts.ReferencedPerson p = people.get(r.getLong("reviewer_id"));
                    LocalDate day = r.getLocalDate("decided_on");
                    if (p == null || !p.certificateNumber().equals(r.getString("reviewer_certificate"))
                            || !p.department().equals(r.getString("department")) || day.isBefore(p.validFrom())
                            || day.isAfter(p.validTo())) {
                        wrong.add(r.getString("number") + " -> reviewer " + r.getLong("reviewer_id") + " "
                                + r.getString("reviewer_certificate"));
                    }
                });
        assertThat(reviewers[0]).isPositive();
        assertThat(wrong).isEmpty();
    }
}
