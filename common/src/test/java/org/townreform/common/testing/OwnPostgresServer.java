package org.townreform.common.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A PostgreSQL server of the test's own (never the developer's or CI's shared one), for tests that stop the database under
 * a running service: {@code initdb} into a temporary directory, {@code pg_ctl start} on a free port, one database, and the
 * service's datasource pointed at it. The test stops and starts it with {@link #stop(String)} and {@link #start(String)},
 * given the data directory it reads from the configuration key {@link #DIRECTORY_KEY}; the server and its directory are
 * removed when the test's application stops.
 * <p>
 * Needs Debian's PostgreSQL binaries ({@code /usr/lib/postgresql/<version>/bin}); run as root, the server runs as the
 * {@code postgres} user (PostgreSQL refuses to run as root).
 */
public class OwnPostgresServer implements QuarkusTestResourceLifecycleManager {
    public static final String DIRECTORY_KEY = "own-postgres.directory";
    public static final String PORT_KEY = "own-postgres.port";
    private Path directory;

    @Override
    public int order() {
        // after the shared test database, whose datasource settings these replace
        return 1000;
    }

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("townreform-pg-");
            Path data = directory.resolve("data");
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Files.writeString(directory.resolve("port"), Integer.toString(port));
            if (asRoot()) {
                run(List.of("chown", "postgres:postgres", directory.toString()));
            }
            run(asServerUser(bin("initdb"), "-D", data.toString(), "-U", "townreform", "--auth=trust", "-E", "UTF8",
                    "--locale=C", "--no-sync"));
            start(directory.toString());
            String url = "127.0.0.1:" + port + "/townreform_outage";
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "townreform", ""); Statement st = c.createStatement()) {
                st.execute("create database townreform_outage");
            }
            return Map.of(
                    "quarkus.datasource.username", "townreform",
                    "quarkus.datasource.password", "",
                    "quarkus.datasource.reactive.url", "vertx-reactive:postgresql://" + url,
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + url,
                    DIRECTORY_KEY, directory.toString(),
                    PORT_KEY, Integer.toString(port));
        } catch (IOException | SQLException e) {
            stop();
            throw new IllegalStateException("could not start a PostgreSQL server of the test's own", e);
        }
    }

    @Override
    public void stop() {
        if (directory == null) {
            return;
        }
        try {
            stop(directory.toString());
        } catch (RuntimeException e) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }

    /** Stops the server at once (as an outage would: connections are cut, new ones refused). */
    public static void stop(String directory) {
        run(asServerUser(bin("pg_ctl"), "-D", Path.of(directory, "data").toString(), "-m", "immediate", "-w", "stop"));
    }

    /** Starts the server again on its port and waits until it accepts connections. */
    public static void start(String directory) {
        String port;
        try {
            port = Files.readString(Path.of(directory, "port")).trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        run(asServerUser(bin("pg_ctl"), "-D", Path.of(directory, "data").toString(), "-l",
                Path.of(directory, "server.log").toString(), "-w", "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asServerUser(String... command) {
        List<String> all = new ArrayList<>();
        if (asRoot()) {
            all.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        all.addAll(List.of(command));
        return all;
    }

    private static String bin(String tool) {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin").resolve(tool)).filter(Files::isExecutable)
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("no " + tool + " under /usr/lib/postgresql"))
                    .toString();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL's binaries are not installed (/usr/lib/postgresql)", e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
