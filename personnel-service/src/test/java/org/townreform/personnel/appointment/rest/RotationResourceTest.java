package org.townreform.personnel.appointment.rest;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.townreform.personnel.Fixtures.asTown;
import static org.townreform.personnel.Fixtures.person;
import static org.townreform.personnel.Fixtures.town;
import static org.townreform.personnel.Fixtures.unit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.personnel.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RotationResourceTest {

    @Test
    void aLeaderInTheSamePostLongerThanFiveYearsIsDueForRotation() {
        String town = town();
        long office = unit(town, Map.of("kind", "INTERNAL_OFFICE", "leadershipPosts", 3));
        long leader = person(town, "ADMINISTRATIVE");
        Fixtures.effectiveAppointment(town, office, leader, "APPOINT", true, "2019-03-01", "2019-03-15");
        Fixtures.effectiveAppointment(town, office, person(town, "ADMINISTRATIVE"), "APPOINT", false,
                "2019-03-01", "2019-03-15");
        Fixtures.effectiveAppointment(town, office, person(town, "ADMINISTRATIVE"), "APPOINT", true,
                "2021-03-01", "2021-03-15");
        String path = "/api/v1/towns/" + town + "/rotation-due";
        asTown("town-clerk", town).get(path + "?asOf=2024-03-15").then().statusCode(200).body("items", empty());
        asTown("town-clerk", town).get(path + "?asOf=2024-03-16").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].personId", equalTo((int) leader))
                .body("items[0].since", equalTo("2019-03-15"))
                .body("items[0].dueSince", equalTo("2024-03-16"))
                .body("items[0].yearsHeld", equalTo(5));
        asTown("town-clerk", town).get(path + "?asOf=2026-03-16").then().body("items", hasSize(2));
        asTown("town-clerk", town).get(path + "?asOf=yesterday").then().statusCode(400);
        asTown("town-clerk", town()).get(path).then().statusCode(403).body("code", equalTo("TOWN_OUT_OF_SCOPE"));
    }
}
