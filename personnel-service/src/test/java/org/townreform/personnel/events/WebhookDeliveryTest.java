package org.townreform.personnel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.townreform.personnel.Fixtures.as;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.town;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.events.WebhookSigner;
import org.townreform.common.testing.PostgresTestDatabase;
import org.townreform.testing.webhooks.WebhookReceiver;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Webhooks sent by the running service to a real HTTP receiver: signed per Standard Webhooks, soon after the commit,
 * retried while the receiver is down, each event arriving once; given up after the retry period, which pauses the
 * subscription. Retries are fast here (first after 200 ms, at most 400 ms apart, for 3 s); the service's defaults are
 * 10 s doubling for 24 h. On a database of its own.
 */
@QuarkusTest
@TestProfile(WebhookDeliveryTest.FastRetries.class)
class WebhookDeliveryTest {
    static final String TOWN_CREATED = "cn.townreform.personnel.town.created";

    public static class FastRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("townreform.events.dispatch-every", "100ms", "townreform.events.first-retry", "200ms",
                    "townreform.events.max-retry-delay", "400ms", "townreform.events.retry-for", "3s",
                    "townreform.events.timeout", "2s", "townreform.events.lease", "5s");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestDatabase.class, Map.of("database", "personnel_webhook_test")));
        }
    }

    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        unsubscribeAll();
        receiver.close();
    }

    /** Removes every subscription (each test makes its own). */
    static void unsubscribeAll() {
        for (Object id : countyOrg().get("/api/v1/webhooks?limit=200").then().statusCode(200).extract().jsonPath()
                .getList("items.id")) {
            countyOrg().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    /** Subscribes the receiver to town.created; the id and the secret. */
    private Subscribed subscribe(String... towns) {
        JsonPath made = countyOrg().body(Map.of("url", receiver.url(), "eventTypes", List.of(TOWN_CREATED),
                "towns", List.of(towns), "description", "test receiver")).post("/api/v1/webhooks").then()
                .statusCode(201).extract().jsonPath();
        return new Subscribed(made.getLong("webhook.id"), made.getString("secret"));
    }

    record Subscribed(long id, String secret) {
    }

    /** The event ids of town.created events about the town, in the feed. */
    private static List<String> feedIds(String code) {
        return EventFeedTest.readToEnd(countyOrg(), null, "type=" + TOWN_CREATED).about("town/" + code).stream()
                .map(e -> (String) e.get("id")).toList();
    }

    @Test
    void aChangeArrivesOnceSoonAfterItsCommitSignedWithTheSubscriptionsSecret() {
        Subscribed s = subscribe();
        long committed = System.nanoTime();
        String code = town();
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.delivered().size() == 1);
        long afterMs = Duration.ofNanos(System.nanoTime() - committed).toMillis();
        WebhookReceiver.Received got = receiver.delivered().get(0);
        assertThat(afterMs).as("ms from the commit to the delivery").isLessThan(5000);
        assertThat(feedIds(code)).containsExactly(got.id());
        assertThat(WebhookSigner.verify(s.secret(), got.id(), got.timestamp(), got.body(), got.signature())).isTrue();
        assertThat(WebhookSigner.verify(WebhookSigner.newSecret(), got.id(), got.timestamp(), got.body(),
                got.signature())).isFalse();
        assertThat(got.contentType()).startsWith("application/cloudevents+json");
        JsonPath event = new JsonPath(new String(got.body(), StandardCharsets.UTF_8));
        assertThat(event.getString("type")).isEqualTo(TOWN_CREATED);
        assertThat(event.getString("subject")).isEqualTo("town/" + code);
        assertThat(event.getString("data.code")).isEqualTo(code);
        assertThat(Math.abs(got.timestamp() - System.currentTimeMillis() / 1000)).isLessThan(10);
        // Nothing more comes: once only.
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> receiver.all().size() == 1);
        countyOrg().get("/api/v1/webhooks/" + s.id() + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("DELIVERED")).body("items[0].eventId", equalTo(got.id()))
                .body("items[0].attemptLog[0].status", equalTo(204));
    }

    @Test
    void whileTheReceiverIsDownDeliveriesAreRetriedAndAllArriveNoneTwice() {
        Subscribed s = subscribe();
        receiver.down(true);
        List<String> codes = List.of(town(), town(), town(), town(), town());
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.all().size() >= 10);
        receiver.down(false);
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.delivered().size() == codes.size());
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
                .until(() -> receiver.delivered().size() == codes.size());
        Map<String, Long> byId = receiver.delivered().stream()
                .collect(Collectors.groupingBy(WebhookReceiver.Received::id, Collectors.counting()));
        assertThat(byId.values()).containsOnly(1L);
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(
                codes.stream().flatMap(c -> feedIds(c).stream()).toList());
        JsonPath log = countyOrg().get("/api/v1/webhooks/" + s.id() + "/deliveries").then().statusCode(200).extract()
                .jsonPath();
        assertThat(log.getList("items.status")).containsOnly("DELIVERED");
        assertThat(log.getList("items.attempts", Integer.class)).allMatch(n -> n >= 2);
        assertThat(log.getList("items.collect { it.attemptLog[0].status }", Integer.class)).containsOnly(503);
        assertThat(log.getList("items.collect { it.attemptLog[-1].status }", Integer.class)).containsOnly(204);
        assertThat(log.getList("items.collect { it.attemptLog[0].latencyMs }", Integer.class)).allMatch(ms -> ms >= 0);
    }

    @Test
    void failingForTheWholeRetryPeriodPausesTheSubscriptionWhichSaysWhyAndResumingSendsIt() {
        Subscribed s = subscribe();
        receiver.down(true);
        String code = town();
        await().atMost(Duration.ofSeconds(10)).until(() -> "PAUSED".equals(
                countyOrg().get("/api/v1/webhooks/" + s.id()).then().extract().path("status")));
        countyOrg().get("/api/v1/webhooks/" + s.id()).then().body("pausedReason",
                org.hamcrest.Matchers.containsString("HTTP 503"));
        countyOrg().get("/api/v1/webhooks/" + s.id() + "/deliveries?status=FAILED").then()
                .body("items.size()", equalTo(1));
        int attempts = receiver.all().size();
        assertThat(attempts).as("attempts in the 3 s retry period").isGreaterThanOrEqualTo(5);
        // paused: nothing more is tried, though more changes are owed
        String later = town();
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> receiver.all().size() == attempts);
        receiver.down(false);
        countyOrg().post("/api/v1/webhooks/" + s.id() + "/resume").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.delivered().size() == 2);
        assertThat(receiver.delivered()).extracting(WebhookReceiver.Received::id)
                .containsExactlyInAnyOrder(feedIds(code).get(0), feedIds(later).get(0));
    }

    @Test
    void afterARotationBothSecretsSignUntilTheOldOneRunsOut() {
        Subscribed s = subscribe();
        // one versioned record answered: its version is the ETag (VersionETags)
        countyOrg().get("/api/v1/webhooks/" + s.id()).then().statusCode(200).header("ETag", "\"0\"");
        String fresh = countyOrg().post("/api/v1/webhooks/" + s.id() + "/rotate-secret").then().statusCode(200)
                .body("webhook.previousSecretValidUntil", org.hamcrest.Matchers.notNullValue()).extract()
                .path("secret");
        assertThat(fresh).isNotEqualTo(s.secret());
        countyOrg().get("/api/v1/webhooks/" + s.id()).then().statusCode(200).header("ETag", "\"1\"");
        countyOrg().get("/api/v1/webhooks").then().statusCode(200).header("ETag", org.hamcrest.Matchers.nullValue());
        town();
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.delivered().size() == 1);
        WebhookReceiver.Received got = receiver.delivered().get(0);
        assertThat(WebhookSigner.verify(fresh, got.id(), got.timestamp(), got.body(), got.signature())).isTrue();
        assertThat(WebhookSigner.verify(s.secret(), got.id(), got.timestamp(), got.body(), got.signature())).isTrue();
    }

    @Test
    void aDeliveryCanBeSentAgainByHandWithTheSameWebhookId() {
        Subscribed s = subscribe();
        town();
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.delivered().size() == 1);
        long delivery = countyOrg().get("/api/v1/webhooks/" + s.id() + "/deliveries").then().extract()
                .jsonPath().getLong("items[0].id");
        countyOrg().post("/api/v1/webhooks/" + s.id() + "/deliveries/" + delivery + "/redeliver").then()
                .statusCode(200).body("status", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.delivered().size() == 2);
        assertThat(receiver.delivered().get(1).id()).isEqualTo(receiver.delivered().get(0).id());
        countyOrg().post("/api/v1/webhooks/" + s.id() + "/deliveries/999999/redeliver").then().statusCode(404);
    }

    @Test
    void onlyTheTownsAndTypesAskedForAreSent() {
        String wanted = town();
        subscribe(wanted);
        town();
        countyOrg().body(Map.of("name", "只要这个镇")).header("If-Match", "\"0\"")
                .body(Map.of("name", "改名镇", "county", "测试县", "category", "ORDINARY_TOWN", "pilot", false))
                .put("/api/v1/towns/" + wanted).then().statusCode(200);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> receiver.all().isEmpty());
    }

    @Test
    void subscribingIsForCountyWideRolesToAllowedAddresses() {
        org.townreform.personnel.Fixtures.asTown("town-leader", "441900113")
                .body(Map.of("url", receiver.url())).post("/api/v1/webhooks").then().statusCode(403);
        countyOrg().body(Map.of("url", "http://169.254.169.254/latest/meta-data")).post("/api/v1/webhooks").then()
                .statusCode(422).body("code", equalTo("WEBHOOK_URL_REFUSED"));
        countyOrg().body(Map.of("url", "ftp://example.org/x")).post("/api/v1/webhooks").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        countyOrg().body(Map.of("url", receiver.url(), "eventTypes", List.of("cn.townreform.fiscal.revenue-entry.recorded")))
                .post("/api/v1/webhooks").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        countyOrg().body(Map.of("url", receiver.url(), "towns", List.of("12"))).post("/api/v1/webhooks").then()
                .statusCode(400);
        as("supervisor").get("/api/v1/webhooks/abc").then().statusCode(400);
        as("supervisor").get("/api/v1/webhooks/987654").then().statusCode(404);
    }
}
