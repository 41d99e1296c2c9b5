package org.townreform.license.towns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.license.Fixtures.agreement;
import static org.townreform.license.Fixtures.clerk;
import static org.townreform.license.Fixtures.item;
import static org.townreform.license.Fixtures.newTownCode;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.TownRegistryContract;
import org.townreform.license.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Writes that name a town personnel-service has not recorded are refused (422 {@code UNKNOWN_TOWN}) and store nothing,
 * the public complaint (no token) included; recorded towns are written as before. personnel-service is played by the
 * recorded contracts, whose unknown town is {@link TownRegistryContract#UNKNOWN}.
 */
@QuarkusTest
class UnknownTownTest {
    private static final String UNKNOWN = TownRegistryContract.UNKNOWN;

    private String item;
    private String town;
    private Fixtures.Submitted publicCase;

    @BeforeEach
    void aRecordedTownWithACase() {
        Fixtures.calendars();
        item = item("LICENSE", 5);
        town = newTownCode();
        agreement(town, "ENTRUSTED", item);
        publicCase = Fixtures.submitComplete(town, item, "2026-03-02");
    }

    @Test
    void everyKindOfWriteForAnUnknownTownIsRefusedAndStoresNothing() {
        TownWrites.all(item, publicCase).forEach((kind, write) -> {
            Map<String, Long> before = TownWrites.rows();
            Response answer = write.apply(UNKNOWN);
            if (TownWrites.isGraphQL(kind)) {
                answer.then().statusCode(200).body("errors[0].extensions.code", equalTo("UNKNOWN_TOWN"))
                        .body("errors[0].message", containsString(UNKNOWN));
            } else {
                answer.then().statusCode(422).contentType("application/problem+json")
                        .body("code", equalTo("UNKNOWN_TOWN")).body("detail", containsString(UNKNOWN));
            }
            assertThat(TownWrites.rows()).as(kind).isEqualTo(before);
        });
    }

    @Test
    void theSameWritesForARecordedTownAreTaken() {
        TownWrites.all(item, publicCase).forEach((kind, write) -> {
            String target = kind.equals("public complaint") ? town : newTownCode();
            if (kind.equals("application") || kind.equals("GraphQL submitApplication")) {
                agreement(target, "ENTRUSTED", item);
            }
            Response answer = write.apply(target);
            if (TownWrites.isGraphQL(kind)) {
                answer.then().statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
            } else {
                answer.then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
            }
        });
    }

    @Test
    void theRegistryIsAskedWithoutATokenOnceATown() {
        String fresh = newTownCode();
        int asked = TownRegistryContract.requests.get();
        agreement(fresh, "ENTRUSTED", item);
        Fixtures.submitComplete(fresh, item, "2026-03-02");
        clerk(fresh).body(TownWrites.complaint(fresh)).post("/api/v1/complaints").then().statusCode(201);
        assertThat(TownRegistryContract.requests.get()).isEqualTo(asked + 1);
        assertThat(TownRegistryContract.lastAuthorization).as("the caller's token is not sent").isNull();
    }

    @Test
    void aComplaintAboutAnApplicationTakesItsTownAndAnotherTownNamedIsRefused() {
        int asked = TownRegistryContract.requests.get();
        String path = "/api/v1/public/applications/" + publicCase.number() + "/complaints?code=" + publicCase.code();
        given().contentType("application/json").body(Map.of("subject", "窗口办事慢", "content", "等候两小时"))
                .post(path).then().statusCode(200).body("townCode", equalTo(town));
        assertThat(TownRegistryContract.requests.get()).as("the application's town was checked at submission")
                .isEqualTo(asked);

        String other = newTownCode();
        agreement(other, "ENTRUSTED", item);
        Map<String, Long> before = TownWrites.rows();
        given().contentType("application/json").body(TownWrites.complaint(other)).post(path).then().statusCode(422)
                .body("code", equalTo("CONSTRAINT_VIOLATED")).body("detail", containsString(town));
        assertThat(TownWrites.rows()).isEqualTo(before);
    }
}
