package org.townreform.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.gateway.e2e.E2eServices.Service;
import org.townreform.testing.webhooks.WebhookReceiver;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * personnel-service killed (SIGKILL) after a change committed and before its webhook delivery got through: started
 * again, it delivers the event, once. The receiver answers 503 until the kill, so the delivery is owed, not sent.
 * The change adds no town: the other end-to-end tests count the 50 seeded ones.
 */
@QuarkusTest
@TestProfile(E2eProfile.class)
class PersonnelKilledE2eTest extends E2eTestBase {
    private static final String WEBHOOK_CREATED = "cn.townreform.personnel.webhook.created";

    @Test
    void anEventCommittedBeforeAKillIsDeliveredAfterTheRestart() {
        E2eServices.ensureRunning(Service.PERSONNEL);
        String base = Service.PERSONNEL.baseUrl();
        String countyOrg = "Bearer " + DevTokens.county("county-org");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.down(true);
            // The change: the webhook's own making, whose event it is subscribed to (an event owed to itself, in the
            // same transaction). It changes none of the towns' data the other end-to-end tests count.
            long webhook = ((Number) given().baseUri(base).header("Authorization", countyOrg)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of(WEBHOOK_CREATED)))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().path("webhook.id")).longValue();
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.all().isEmpty());

                E2eServices.killService(Service.PERSONNEL);
                receiver.down(false);
                E2eServices.ensureRunning(Service.PERSONNEL);

                await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.delivered().isEmpty());
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                        .until(() -> receiver.delivered().size() == 1);
                WebhookReceiver.Received got = receiver.delivered().get(0);
                assertThat(new String(got.body(), StandardCharsets.UTF_8)).contains(
                        "\"type\":\"" + WEBHOOK_CREATED + "\"", "\"subject\":\"webhook/" + webhook + "\"");
                assertThat(receiver.all()).extracting(WebhookReceiver.Received::id).containsOnly(got.id());
            } finally {
                given().baseUri(base).header("Authorization", countyOrg).delete("/api/v1/webhooks/" + webhook);
            }
        }
    }
}
