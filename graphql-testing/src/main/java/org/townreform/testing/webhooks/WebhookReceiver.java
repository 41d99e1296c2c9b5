package org.townreform.testing.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for tests: a real HTTP server on a free loopback port that keeps every request it gets. It can be
 * "down" (answers 503) or fail a given number of requests first; it answers 204 otherwise.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** One request as it arrived. */
    public record Received(String id, long timestamp, String signature, String contentType, byte[] body, int answered) {
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile boolean down;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int status = down || failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 204;
            String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            synchronized (received) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                        ts == null ? -1 : Long.parseLong(ts), exchange.getRequestHeaders().getFirst("webhook-signature"),
                        exchange.getRequestHeaders().getFirst("content-type"), body, status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** While down, every request is answered 503. */
    public void down(boolean down) {
        this.down = down;
    }

    /** The next {@code n} requests are answered 503. */
    public void failNext(int n) {
        failNext.set(n);
    }

    /** Every request so far, in arrival order. */
    public List<Received> all() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The requests answered 2xx: the deliveries that arrived. */
    public List<Received> delivered() {
        return all().stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
