package org.townreform.gateway.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.townreform.gateway.e2e.E2eServices.Service;

/**
 * The peer gateway: {@code @graphql-hive/gateway} with Hive's Rust query planner ({@code --hive-router-runtime}) over the
 * supergraph that {@code @graphql-mesh/compose-cli} composes from the running services (scripts in
 * {@code gateway/peers/}: {@code compose.sh}, then {@code hive.sh}). Started once per test JVM when a test first asks for
 * it, on a free port, under the same watchdog as the services; stopped at JVM exit. Logs:
 * {@code gateway/target/e2e-logs/hive-compose.log} and {@code hive.log}; the supergraph:
 * {@code gateway/target/e2e-logs/supergraph.graphql}.
 */
public final class HivePeer {
    private static final String PORT = E2eServices.PREFIX + "hive.port";
    private static final String PID = E2eServices.PREFIX + "hive.pid";
    private static final Duration COMPOSE_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private HivePeer() {
    }

    /** The peer's GraphQL address, e.g. {@code http://127.0.0.1:40125/graphql}. */
    public static synchronized String graphqlUrl() {
        E2eServices.ensureRunning();
        if (System.getProperty(PORT) == null || !pid().map(ProcessHandle::isAlive).orElse(false)) {
            start();
        }
        return "http://127.0.0.1:" + System.getProperty(PORT) + "/graphql";
    }

    static synchronized void stopIfStarted() {
        pid().ifPresent(E2eServices::terminate);
        System.clearProperty(PID);
    }

    private static Optional<ProcessHandle> pid() {
        String pid = System.getProperty(PID);
        return pid == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
    }

    private static void start() {
        Path peers = E2eServices.root().resolve("gateway/peers");
        Path logs = E2eServices.logDir();
        Path supergraph = logs.resolve("supergraph.graphql");
        try {
            Files.createDirectories(logs);
            Files.deleteIfExists(supergraph);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // compose.sh runs `npm ci` first when gateway/peers/node_modules is missing (deploy/local/test.sh does it before).
        Process compose = E2eServices.watched(List.of(peers.resolve("compose.sh").toString(),
                Service.PERSONNEL.baseUrl(), Service.FISCAL.baseUrl(), Service.LICENSE.baseUrl(), supergraph.toString()),
                logs.resolve("hive-compose.log"), peers);
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
            throw new IllegalStateException("gateway/peers/compose.sh failed (exit " + compose.exitValue() + "); see "
                    + logs.resolve("hive-compose.log"));
        }
        int port = E2eServices.freePort();
        Process hive = E2eServices.watched(List.of(peers.resolve("hive.sh").toString(), supergraph.toString(),
                Integer.toString(port), "--hive-router-runtime"), logs.resolve("hive.log"), peers);
        System.setProperty(PID, Long.toString(hive.pid()));
        System.setProperty(PORT, Integer.toString(port));
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!hive.isAlive()) {
                throw new IllegalStateException("Hive Gateway exited; see " + logs.resolve("hive.log"));
            }
            if (E2eServices.status("http://127.0.0.1:" + port + "/healthcheck") == 200) {
                return;
            }
            E2eServices.sleep(300);
        }
        throw new IllegalStateException("Hive Gateway was not ready within " + READY_TIMEOUT + "; see "
                + logs.resolve("hive.log"));
    }
}
