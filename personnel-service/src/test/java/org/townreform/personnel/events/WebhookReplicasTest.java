package org.townreform.personnel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.personnel.Fixtures.countyOrg;
import static org.townreform.personnel.Fixtures.town;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.events.CloudEventJson;
import org.townreform.common.events.DeliveryWorker;
import org.townreform.common.testing.PostgresTestDatabase;
import org.townreform.testing.webhooks.WebhookReceiver;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * What happens when a service stops between commit and delivery, and when several replicas share one database. The
 * service under test sends nothing itself ({@code townreform.events.dispatch=false}: as if killed right after each
 * commit); the replicas are {@link DeliveryWorker}s, the service's own sender, each on a connection pool of its own to
 * the same database.
 */
@QuarkusTest
@TestProfile(WebhookReplicasTest.NoSender.class)
class WebhookReplicasTest {
    static final String TOWN_CREATED = "cn.townreform.personnel.town.created";

    public static class NoSender implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("townreform.events.dispatch", "false", "townreform.events.lease", "1s",
                    "townreform.events.dispatch-batch", "4");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestDatabase.class, Map.of("database", "personnel_replica_test")));
        }
    }

    @Inject
    CloudEventJson cloudEvents;
    @Inject
    CommonConfig config;
    @Inject
    Vertx vertx;

    private WebhookReceiver receiver;
    private final List<Pool> pools = new ArrayList<>();

    @BeforeEach
    void start() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        WebhookDeliveryTest.unsubscribeAll();
        receiver.close();
        pools.forEach(Pool::closeAndAwait);
        pools.clear();
    }

    /** A replica: the service's sender on its own connection pool. */
    private DeliveryWorker replica() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.reactive.url", String.class)
                .replaceFirst("^vertx-reactive:", "");
        var connect = io.vertx.pgclient.PgConnectOptions.fromUri(url)
                .setUser(ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class))
                .setPassword(ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class)
                        .orElse(null));
        Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(4)).connectingTo(connect).using(vertx).build();
        pools.add(pool);
        return new DeliveryWorker(pool, cloudEvents, config.events());
    }

    private void subscribe() {
        countyOrg().body(Map.of("url", receiver.url(), "eventTypes", List.of(TOWN_CREATED))).post("/api/v1/webhooks")
                .then().statusCode(201);
    }

    @Test
    void eventsCommittedByAServiceThatStoppedBeforeSendingAreSentAfterTheRestart() throws Exception {
        subscribe();
        List<String> codes = List.of(town(), town(), town());
        Thread.sleep(500);
        assertThat(receiver.all()).as("nothing sent by the stopped service").isEmpty();
        DeliveryWorker restarted = replica();
        while (restarted.runOnce().await().atMost(Duration.ofSeconds(10)) > 0) {
            // until nothing is due
        }
        assertThat(receiver.delivered()).hasSize(codes.size());
        assertThat(receiver.delivered().stream().map(r -> r.id()).distinct()).hasSize(codes.size());
    }

    @Test
    void aDeliveryHeldByAReplicaThatDiedGoesOutFromAnotherWhenItsLeaseRunsOut() throws Exception {
        subscribe();
        town();
        DeliveryWorker dying = replica();
        DeliveryWorker other = replica();
        assertThat(dying.claim().await().atMost(Duration.ofSeconds(10))).hasSize(1);
        // dies here, holding it: the other replica does not send it while the lease runs
        assertThat(other.runOnce().await().atMost(Duration.ofSeconds(10))).isZero();
        assertThat(receiver.all()).isEmpty();
        Thread.sleep(1200);
        assertThat(other.runOnce().await().atMost(Duration.ofSeconds(10))).isEqualTo(1);
        assertThat(receiver.delivered()).hasSize(1);
    }

    @Test
    void threeReplicasOnOneDatabaseSendEveryEventOnceBetweenThem() throws Exception {
        subscribe();
        int events = 24;
        for (int i = 0; i < events; i++) {
            town();
        }
        List<DeliveryWorker> replicas = List.of(replica(), replica(), replica());
        ExecutorService threads = Executors.newFixedThreadPool(replicas.size());
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (DeliveryWorker r : replicas) {
                sent.add(threads.submit(() -> {
                    int total = 0;
                    int n;
                    while ((n = r.runOnce().await().atMost(Duration.ofSeconds(20))) > 0) {
                        total += n;
                    }
                    return total;
                }));
            }
            List<Integer> perReplica = new ArrayList<>();
            for (Future<Integer> f : sent) {
                perReplica.add(f.get());
            }
            assertThat(perReplica.stream().mapToInt(Integer::intValue).sum()).isEqualTo(events);
            assertThat(perReplica).as("each replica sent some").allMatch(n -> n > 0);
        } finally {
            threads.shutdownNow();
        }
        Map<String, Long> byId = receiver.all().stream()
                .collect(Collectors.groupingBy(WebhookReceiver.Received::id, Collectors.counting()));
        assertThat(byId).hasSize(events);
        assertThat(byId.values()).containsOnly(1L);
    }
}
