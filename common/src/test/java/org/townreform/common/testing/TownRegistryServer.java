package org.townreform.common.testing;

import java.util.Map;

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
        server = LoopbackServer.start(vertx, req -> {
            if (!TownRegistryContract.answer(req)) {
                req.response().setStatusCode(404).end();
            }
        });
        return Map.of("quarkus.rest-client.personnel.url", LoopbackServer.url(server));
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
