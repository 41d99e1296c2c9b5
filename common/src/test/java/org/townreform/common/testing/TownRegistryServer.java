package org.townreform.common.testing;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A real HTTP server on a random port playing personnel-service's public registry of towns with the recorded answers of
 * {@link TownRegistryContract}; points {@code quarkus.rest-client.personnel.url} at it. Any other path is a 404.
 */
public class TownRegistryServer implements QuarkusTestResourceLifecycleManager {
    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        vertx.createHttpServer().requestHandler(req -> {
            if (!TownRegistryContract.answer(req)) {
                req.response().setStatusCode(404).end();
            }
        }).listen(0, "127.0.0.1").onComplete(ar -> {
            if (ar.succeeded()) {
                server = ar.result();
                port.complete(ar.result().actualPort());
            } else {
                port.completeExceptionally(ar.cause());
            }
        });
        try {
            return Map.of("quarkus.rest-client.personnel.url", "http://127.0.0.1:" + port.get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("town registry server did not start", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
        if (vertx != null) {
            vertx.close();
        }
    }
}
