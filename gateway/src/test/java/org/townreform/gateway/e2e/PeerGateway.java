package org.townreform.gateway.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.townreform.gateway.e2e.E2eServices.Service;

/**
 * The off-the-shelf Federation gateways our gateway is compared with, over the running services (scripts in
 * {@code gateway/peers/}):
 * <ul>
 * <li>{@link #HIVE}: {@code @graphql-hive/gateway} with Hive's Rust query planner ({@code --hive-router-runtime}) over
 * the supergraph that {@code @graphql-mesh/compose-cli} composes from the services ({@code compose.sh}, then
 * {@code hive.sh}); the supergraph is kept as {@code gateway/target/e2e-logs/supergraph.graphql};</li>
 * <li>{@link #APOLLO}: {@code @apollo/gateway} under {@code @apollo/server}, composing by introspection
 * ({@code apollo.sh}).</li>
 * </ul>
 * Each is started once per test JVM when a test first asks for it, on a free port, under the same watchdog as the
 * services, and stopped at JVM exit. Logs: {@code gateway/target/e2e-logs/<name>.log} (and {@code hive-compose.log}).
 */
public enum PeerGateway {
    HIVE("hive", "/graphql") {
        @Override
        List<String> command(Path peers, Path logs, int port) {
            Path supergraph = logs.resolve("supergraph.graphql");
            try {
                Files.deleteIfExists(supergraph);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            // compose.sh runs `npm ci` first when gateway/peers/node_modules is missing (deploy/local/test.sh does it
            // before).
            Process compose = E2eServices.watched(List.of(peers.resolve("compose.sh").toString(),
                    Service.PERSONNEL.baseUrl(), Service.FISCAL.baseUrl(), Service.LICENSE.baseUrl(),
                    supergraph.toString()), logs.resolve("hive-compose.log"), peers);
            try {
                if (!compose.waitFor(COMPOSE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    E2eServices.terminate(compose.toHandle());
                    throw new IllegalStateException("gateway/peers/compose.sh did not finish within " + COMPOSE_TIMEOUT
                            + "; see " + logs.resolve("hive-compose.log"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (compose.exitValue() != 0 || !Files.isRegularFile(supergraph)) {
                throw new IllegalStateException("gateway/peers/compose.sh failed (exit " + compose.exitValue()
                        + "); see " + logs.resolve("hive-compose.log"));
            }
            return List.of(peers.resolve("hive.sh").toString(), supergraph.toString(), Integer.toString(port),
                    "--hive-router-runtime");
        }
    },
    APOLLO("apollo", "/") {
        @Override
        List<String> command(Path peers, Path logs, int port) {
            return List.of(peers.resolve("apollo.sh").toString(), Service.PERSONNEL.baseUrl(),
                    Service.FISCAL.baseUrl(), Service.LICENSE.baseUrl(), Integer.toString(port));
        }
    };

    private static final Duration COMPOSE_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    /** HTTP/1.1: an h2c upgrade header on a plain POST goes to Hive's WebSocket server and is never answered. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final String path;

    PeerGateway(String name, String path) {
        this.name = name;
        this.path = path;
    }

    /** The command that runs this peer in the foreground on {@code port} (after any preparation it needs). */
    abstract List<String> command(Path peers, Path logs, int port);

    /** The peer named by {@code -Dtownreform.e2e.target} ({@code hive} or {@code apollo}), if any. */
    static Optional<PeerGateway> named(String name) {
        for (PeerGateway peer : values()) {
            if (peer.name.equals(name)) {
                return Optional.of(peer);
            }
        }
        return Optional.empty();
    }

    /** The peer's GraphQL address, e.g. {@code http://127.0.0.1:40125/graphql}; starts the peer the first time. */
    public synchronized String graphqlUrl() {
        E2eServices.ensureRunning();
        if (System.getProperty(portKey()) == null || !pid().map(ProcessHandle::isAlive).orElse(false)) {
            start();
        }
        return url(Integer.parseInt(System.getProperty(portKey())));
    }

    static void stopAllStarted() {
        for (PeerGateway peer : values()) {
            peer.stopIfStarted();
        }
    }

    private synchronized void stopIfStarted() {
        pid().ifPresent(E2eServices::terminate);
        System.clearProperty(pidKey());
    }

    @Override
    public String toString() {
        return name;
    }

    private String portKey() {
        return E2eServices.PREFIX + name + ".port";
    }

    private String pidKey() {
        return E2eServices.PREFIX + name + ".pid";
    }

    private String url(int port) {
        return "http://127.0.0.1:" + port + path;
    }

    private Optional<ProcessHandle> pid() {
        String pid = System.getProperty(pidKey());
        return pid == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
    }

    private void start() {
        Path peers = E2eServices.root().resolve("gateway/peers");
        Path logs = E2eServices.logDir();
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int port = E2eServices.freePort();
        Path log = logs.resolve(name + ".log");
        Process peer = E2eServices.watched(command(peers, logs, port), log, peers);
        System.setProperty(pidKey(), Long.toString(peer.pid()));
        System.setProperty(portKey(), Integer.toString(port));
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!peer.isAlive()) {
                throw new IllegalStateException(this + " exited; see " + log);
            }
            if (answers(url(port))) {
                return;
            }
            E2eServices.sleep(300);
        }
        throw new IllegalStateException(this + " was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    /** Ready once it answers a GraphQL query (both compose the supergraph before they listen or answer). */
    private static boolean answers(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("__typename");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
