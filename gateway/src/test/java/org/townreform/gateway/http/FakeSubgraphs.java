package org.townreform.gateway.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * after {@link #fiscalDelay} ms; license always answers HTTP 500. The end-to-end tests over the real services are in
 * {@code e2e/}.
 */
public class FakeSubgraphs implements QuarkusTestResourceLifecycleManager {
    public static final AtomicLong personnelDelay = new AtomicLong();
    public static final AtomicLong fiscalDelay = new AtomicLong();
    /** Every request received: subgraph name and headers. */
    public static final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

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
        return Map.of("townreform.gateway.services.personnel.url", base + "/personnel",
                "townreform.gateway.services.fiscal.url", base + "/fiscal",
                "townreform.gateway.services.license.url", base + "/license",
                "townreform.gateway.timeout", "1s",
                "townreform.gateway.max-depth", "4",
                "townreform.gateway.breaker.failure-threshold", "3",
                "townreform.gateway.breaker.open-duration", "60s");
    }

    public static long count(String subgraph) {
        return received.stream().filter(r -> r.get("subgraph").equals(subgraph)).count();
    }

    private void handle(HttpServerRequest request) {
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
