package org.townreform.common.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

/** A real HTTP server on a free loopback port, for the servers that play another module from a recorded contract. */
public final class LoopbackServer {
    private LoopbackServer() {
    }

    /** Starts {@code handler} on 127.0.0.1 and a free port, and waits until it listens (10 s at most). */
    public static HttpServer start(Vertx vertx, Handler<HttpServerRequest> handler) {
        CompletableFuture<HttpServer> listening = new CompletableFuture<>();
        vertx.createHttpServer().requestHandler(handler).listen(0, "127.0.0.1").onComplete(ar -> {
            if (ar.succeeded()) {
                listening.complete(ar.result());
            } else {
                listening.completeExceptionally(ar.cause());
            }
        });
        try {
            return listening.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("a loopback test server did not start", e);
        }
    }

    /** The server's address, {@code http://127.0.0.1:<port>}. */
    public static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.actualPort();
    }
}
