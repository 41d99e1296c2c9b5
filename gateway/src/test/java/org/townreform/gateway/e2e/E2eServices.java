package org.townreform.gateway.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The end-to-end harness: the three services, started from their built jars on free ports, each on a database of its own
 * on the local PostgreSQL ({@code <svc>_e2e_<pid>}), with the demo data and 47 more towns (50 in all).
 * <p>
 * The services are started once per test JVM, whatever the number of Quarkus restarts (each test profile restarts the
 * gateway and its test resources): the state lives in system properties, which every class loader of the JVM sees, and
 * {@link #stop()} leaves the services running. They stop when the JVM exits (a shutdown hook), and also when it dies
 * without running hooks: each service runs under a small shell watchdog that stops it once the test JVM is gone. The
 * databases are dropped at exit; what an interrupted run leaves behind is dropped by the next run.
 * <p>
 * Init argument {@code fiscal=hanging} points the gateway's fiscal-service at a TCP server that accepts connections and
 * never answers (for the timeout test) instead of the real one.
 * <p>
 * Logs: {@code gateway/target/e2e-logs/<svc>.log}. Connection: {@code PGHOST}, {@code PGPORT}, {@code PGUSER},
 * {@code PGPASSWORD} (defaults 127.0.0.1, 5432, townreform, townreform).
 */
public class E2eServices implements QuarkusTestResourceLifecycleManager {
    /** The services, in start order (license-service calls personnel-service). */
    public enum Service {
        PERSONNEL, FISCAL, LICENSE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String module() {
            return key() + "-service";
        }

        /** The service's base address, e.g. {@code http://127.0.0.1:40123}. */
        public String baseUrl() {
            return "http://127.0.0.1:" + port();
        }

        public String graphqlUrl() {
            return baseUrl() + "/graphql";
        }

        public int port() {
            String port = System.getProperty(PREFIX + key() + ".port");
            if (port == null) {
                throw new IllegalStateException("the end-to-end services are not started (use E2eProfile)");
            }
            return Integer.parseInt(port);
        }

        public String database() {
            return key() + "_e2e_" + ProcessHandle.current().pid();
        }
    }

    /** Towns in all once seeded: the three demo towns and 47 more. */
    public static final int TOWNS = 50;
    /** The codes of the seeded towns: {@code 4419009nn}, nn = 01..47. */
    public static final String SEEDED_PREFIX = "4419009";

    static final String PREFIX = "townreform.e2e.";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private String fiscalMode = "real";

    @Override
    public void init(Map<String, String> initArgs) {
        fiscalMode = initArgs.getOrDefault("fiscal", "real");
    }

    @Override
    public Map<String, String> start() {
        if (fiscalMode.equals("hanging")) {
            ensureRunning(Service.PERSONNEL, Service.LICENSE);
        } else {
            ensureRunning();
        }
        Map<String, String> config = new LinkedHashMap<>();
        for (Service s : Service.values()) {
            config.put("townreform.gateway.services." + s.key() + ".url", s.graphqlUrl());
        }
        if (fiscalMode.equals("hanging")) {
            config.put("townreform.gateway.services.fiscal.url", HangingServer.url() + "/graphql");
        }
        return config;
    }

    @Override
    public void stop() {
        // The services outlive this Quarkus start: the next test profile uses them too. They stop at JVM exit.
    }

    /** Starts whatever service is not running (all of them the first time), waits until ready, seeds the towns. */
    public static synchronized void ensureRunning() {
        ensureRunning(Service.values());
    }

    /** Starts those of {@code needed} that are not running (the first time: all of them). */
    public static synchronized void ensureRunning(Service... needed) {
        boolean first = System.getProperty(PREFIX + "started") == null;
        if (first) {
            checkJars();
            createDatabases();
            registerShutdownHook();
            for (Service s : Service.values()) {
                System.setProperty(PREFIX + s.key() + ".port", Integer.toString(freePort()));
            }
            System.setProperty(PREFIX + "started", "true");
        }
        List<Service> started = new ArrayList<>();
        for (Service s : first ? Service.values() : needed) {
            if (!isRunning(s)) {
                launch(s);
                started.add(s);
            }
        }
        for (Service s : started) {
            awaitReady(s);
        }
        if (first) {
            Seeding.seedTowns();
        }
        for (Service s : started) {
            Seeding.warmUp(s);
        }
    }

    /**
     * Starts a stopped service and returns at once: no wait for readiness, no warm-up. For a test that times what
     * happens from the service's readiness on; it waits for readiness itself.
     */
    public static synchronized void startCold(Service s) {
        if (System.getProperty(PREFIX + "started") == null) {
            throw new IllegalStateException("the end-to-end services are not started (use E2eProfile)");
        }
        if (!isRunning(s)) {
            launch(s);
        }
    }

    /** Stops one service (SIGTERM, then waits for it to exit). {@link #ensureRunning()} starts it again. */
    public static synchronized void stopService(Service s) {
        Optional<ProcessHandle> wrapper = wrapper(s);
        wrapper.ifPresent(E2eServices::terminate);
        System.clearProperty(PREFIX + s.key() + ".pid");
    }

    /** Kills one service outright (SIGKILL: no shutdown, nothing finished); {@link #ensureRunning} starts it again. */
    public static synchronized void killService(Service s) {
        Optional<ProcessHandle> wrapper = wrapper(s);
        wrapper.ifPresent(w -> {
            w.descendants().forEach(ProcessHandle::destroyForcibly);
            try {
                w.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                w.destroyForcibly();
            }
        });
        System.clearProperty(PREFIX + s.key() + ".pid");
    }

    public static boolean isRunning(Service s) {
        return wrapper(s).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The service's log file. */
    public static Path log(Service s) {
        return logDir().resolve(s.key() + ".log");
    }

    /** The checkout's root (the directory holding {@code deploy/local/dev-keys}). */
    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && p != null; i++, p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/local/dev-keys/private.pem"))) {
                return p;
            }
        }
        throw new IllegalStateException("deploy/local/dev-keys not found above " + Path.of("").toAbsolutePath());
    }

    static Path logDir() {
        return root().resolve("gateway/target/e2e-logs");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    private static Optional<ProcessHandle> wrapper(Service s) {
        String pid = System.getProperty(PREFIX + s.key() + ".pid");
        return pid == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
    }

    private static Path jar(Service s) {
        return root().resolve(s.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static void checkJars() {
        for (Service s : Service.values()) {
            if (!Files.isRegularFile(jar(s))) {
                throw new IllegalStateException("The end-to-end tests start the services from their built jars, and "
                        + jar(s) + " is missing. Run ./mvnw -B package -DskipTests -pl "
                        + "common,personnel-service,fiscal-service,license-service first (the reactor's verify does it).");
            }
        }
    }

    // --- Processes --------------------------------------------------------------------------------------------------

    /**
     * Runs a command under {@code sh}: the command in the background, stopped when the shell gets SIGTERM, and also as
     * soon as the process {@code OWNER} (the test JVM) is gone.
     */
    static final String WATCHDOG = """
            "$@" &
            child=$!
            trap 'kill $child 2>/dev/null; wait $child; exit 0' TERM INT HUP
            while kill -0 "$OWNER" 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1 & wait $!; done
            kill $child 2>/dev/null
            wait $child
            """;

    static Process watched(List<String> command, Path log, Path directory) {
        List<String> full = new ArrayList<>(List.of("/bin/sh", "-c", WATCHDOG, "e2e-watchdog"));
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("OWNER", Long.toString(ProcessHandle.current().pid()));
        try {
            Files.createDirectories(log.getParent());
            return pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command, e);
        }
    }

    static void terminate(ProcessHandle wrapper) {
        List<ProcessHandle> tree = new ArrayList<>(wrapper.descendants().toList());
        wrapper.destroy();
        try {
            wrapper.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            wrapper.destroyForcibly();
        }
        for (ProcessHandle p : tree) {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }

    private static void launch(Service s) {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String pg = "//" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/" + s.database();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dquarkus.profile=local",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + s.port(),
                "-Dtownreform.dev-keys=" + root().resolve("deploy/local/dev-keys"),
                "-Dtownreform.demo.enabled=true",
                "-Dquarkus.datasource.username=" + env("PGUSER", "townreform"),
                "-Dquarkus.datasource.password=" + env("PGPASSWORD", "townreform"),
                "-Dquarkus.datasource.reactive.url=vertx-reactive:postgresql:" + pg,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql:" + pg,
                // Traces on (the local profile turns them off), exported nowhere: the trace id reaches every log line.
                "-Dquarkus.otel.sdk.disabled=false",
                "-Dquarkus.log.category.\"io.quarkus.opentelemetry.runtime.exporter\".level=OFF",
                // One log line per GraphQL request, in the request's trace (TracePropagationE2eTest reads them).
                "-Dquarkus.smallrye-graphql.log-payload=queryOnly",
                // Webhook retries within a test's patience (the defaults are 10 s doubling for a day).
                "-Dtownreform.events.first-retry=1s", "-Dtownreform.events.max-retry-delay=2s",
                "-Dtownreform.events.lease=5s"));
        if (s == Service.LICENSE) {
            cmd.add("-Dquarkus.rest-client.personnel.url=" + Service.PERSONNEL.baseUrl());
        }
        cmd.add("-jar");
        cmd.add(jar(s).toString());
        Path log = log(s);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "---- e2e: starting " + s.module() + " on port " + s.port() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Process p = watched(cmd, log, root());
        System.setProperty(PREFIX + s.key() + ".pid", Long.toString(p.pid()));
    }

    private static void awaitReady(Service s) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isRunning(s)) {
                throw new IllegalStateException(s.module() + " exited before it was ready; see " + log(s) + ":\n"
                        + tail(log(s)));
            }
            if (status(s.baseUrl() + "/q/health/ready") == 200) {
                return;
            }
            sleep(500);
        }
        throw new IllegalStateException(s.module() + " was not ready within " + READY_TIMEOUT + "; see " + log(s)
                + ":\n" + tail(log(s)));
    }

    static int status(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(3000);
            try {
                return c.getResponseCode();
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void registerShutdownHook() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Service s : Service.values()) {
                try {
                    wrapper(s).ifPresent(E2eServices::terminate);
                } catch (Throwable e) {
                    // the watchdog stops it once this JVM is gone
                }
            }
            try {
                PeerGateway.stopAllStarted();
            } catch (Throwable e) {
                // the watchdog stops it once this JVM is gone
            }
            try {
                dropDatabases();
            } catch (Throwable e) {
                // the next run drops what is left (its owner process is gone)
            }
        }, "e2e-services-stop"));
    }

    // --- Databases --------------------------------------------------------------------------------------------------

    private static void createDatabases() {
        try (Connection conn = admin(); Statement st = conn.createStatement()) {
            dropLeftovers(st);
            for (Service s : Service.values()) {
                st.execute("drop database if exists " + s.database() + " with (force)");
                st.execute("create database " + s.database());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No PostgreSQL to create the end-to-end databases on "
                    + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + " as " + env("PGUSER", "townreform")
                    + ". Run deploy/local/test.sh (it installs and starts one), or set PGHOST/PGPORT/PGUSER/PGPASSWORD.",
                    e);
        }
    }

    private static void dropDatabases() throws SQLException {
        try (Connection conn = admin(); Statement st = conn.createStatement()) {
            for (Service s : Service.values()) {
                st.execute("drop database if exists " + s.database() + " with (force)");
            }
        }
    }

    /** Drops {@code <svc>_e2e_<pid>} databases whose process no longer runs: what an interrupted run left behind. */
    private static void dropLeftovers(Statement st) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(
                "select datname from pg_database where datname ~ '^(personnel|fiscal|license)_e2e_[0-9]+$'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                long pid = Long.parseLong(name.substring(name.lastIndexOf('_') + 1));
                if (ProcessHandle.of(pid).isEmpty()) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            st.execute("drop database if exists " + name + " with (force)");
        }
    }

    private static Connection admin() throws SQLException {
        String url = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/postgres";
        return DriverManager.getConnection(url, env("PGUSER", "townreform"), env("PGPASSWORD", "townreform"));
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
