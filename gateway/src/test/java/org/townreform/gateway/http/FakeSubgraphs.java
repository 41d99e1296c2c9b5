package org.townreform.gateway.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Three tiny subgraphs on one Vert.x server answering canned JSON, for unit-level checks of the gateway's HTTP
 * behaviour (timeouts, partial answers, coalescing, headers, breaker) that the real services cannot stage precisely.
 * personnel answers countyDashboard with two towns after {@link #personnelDelay} ms; fiscal answers {@code _entities}
 * after {@link #fiscalDelay} ms; license always answers HTTP 500. Each one's readiness endpoint ({@code GET /ready/<name>},
 * what the breaker's probe asks) answers the status in {@link #readiness}, 503 unless a test sets it. The end-to-end
 * tests over the real services are in {@code e2e/}.
 */
public class FakeSubgraphs implements QuarkusTestResourceLifecycleManager {
    public static final AtomicLong personnelDelay = new AtomicLong();
    public static final AtomicLong fiscalDelay = new AtomicLong();
    /** Every request received: subgraph name and headers. */
    public static final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    /** The HTTP status each subgraph's readiness endpoint answers; 503 (not ready) when absent. */
    public static final Map<String, Integer> readiness = new ConcurrentHashMap<>();
    /** Readiness probes received, by subgraph (not in {@link #received}). */
    public static final Map<String, AtomicLong> probes = new ConcurrentHashMap<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(this::handle);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The fake subgraphs did not start", e);
        }
        String base = "http://127.0.0.1:" + server.actualPort();
        return Map.ofEntries(Map.entry("townreform.gateway.services.personnel.url", base + "/personnel"),
                Map.entry("townreform.gateway.services.fiscal.url", base + "/fiscal"),
                Map.entry("townreform.gateway.services.license.url", base + "/license"),
                Map.entry("townreform.gateway.services.personnel.readiness-url", base + "/ready/personnel"),
                Map.entry("townreform.gateway.services.fiscal.readiness-url", base + "/ready/fiscal"),
                Map.entry("townreform.gateway.services.license.readiness-url", base + "/ready/license"),
                Map.entry("townreform.gateway.timeout", "1s"),
                Map.entry("townreform.gateway.max-depth", "4"),
                Map.entry("townreform.gateway.breaker.failure-threshold", "3"),
                Map.entry("townreform.gateway.breaker.open-duration", "60s"),
                Map.entry("townreform.gateway.breaker.probe-interval", "50ms"));
    }

    public static long count(String subgraph) {
        return received.stream().filter(r -> r.get("subgraph").equals(subgraph)).count();
    }

    public static long probes(String subgraph) {
        AtomicLong n = probes.get(subgraph);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpServerRequest request) {
        if (request.path().startsWith("/ready/")) {
            String subgraph = request.path().substring("/ready/".length());
            probes.computeIfAbsent(subgraph, k -> new AtomicLong()).incrementAndGet();
            request.response().setStatusCode(readiness.getOrDefault(subgraph, 503))
                    .putHeader("content-type", "application/json").end("{\"status\":\"?\"}");
            return;
        }
        request.body().onSuccess(body -> {
            String subgraph = request.path().substring(1);
            Map<String, String> seen = new java.util.HashMap<>();
            seen.put("subgraph", subgraph);
            request.headers().forEach(h -> seen.put(h.getKey().toLowerCase(), h.getValue()));
            received.add(seen);
            JsonObject graphql = body.toJsonObject();
            switch (subgraph) {
                case "personnel" -> later(personnelDelay.get(), () -> answer(request, 200, new JsonObject().put("data",
                        new JsonObject().put("countyDashboard", new JsonObject().put("year", 2025).put("towns",
                                new JsonArray().add(town("441900113", "石龙镇")).add(town("520323104", "蒲场镇")))))));
                case "fiscal" -> later(fiscalDelay.get(), () -> {
                    JsonArray representations = graphql.getJsonObject("variables").getJsonArray("_gw_representations");
                    List<Object> entities = new ArrayList<>();
                    for (int i = 0; i < representations.size(); i++) {
                        entities.add(new JsonObject().put("fiscal", new JsonObject().put("year", 2025)));
                    }
                    answer(request, 200, new JsonObject().put("data",
                            new JsonObject().put("_entities", new JsonArray(entities))));
                });
                default -> answer(request, 500, new JsonObject().put("errors", new JsonArray()));
            }
        });
    }

    private static JsonObject town(String code, String name) {
        return new JsonObject().put("code", code).put("name", name).put("_gwk_code", code);
    }

    private void later(long delay, Runnable action) {
        if (delay <= 0) {
            action.run();
        } else {
            vertx.setTimer(delay, id -> action.run());
        }
    }

    private static void answer(HttpServerRequest request, int status, JsonObject body) {
        if (!request.response().closed()) {
            request.response().setStatusCode(status).putHeader("content-type", "application/json").end(body.encode());
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
