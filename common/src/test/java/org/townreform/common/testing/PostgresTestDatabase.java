package org.townreform.common.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a test run a database of its own on the real PostgreSQL, created empty before Quarkus starts and dropped when the
 * run ends, and points the reactive and JDBC (Flyway) URLs at it. The name is {@code database} (init argument) followed by
 * this JVM's process id, so two runs on one server (two checkouts, a developer's run beside CI) never share or drop each
 * other's database; databases left by runs whose process is gone are dropped at the next start.
 * <p>
 * Connection: {@code PGHOST} (127.0.0.1), {@code PGPORT} (5432), {@code PGUSER}/{@code PGPASSWORD} (townreform/townreform,
 * the role {@code deploy/local/db.sh} creates). Without {@code PGUSER} set, a machine with trust authentication is also
 * tried as {@code postgres}.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {
    private String base;
    private String database;
    private String[] login;

    @Override
    public void init(Map<String, String> initArgs) {
        base = initArgs.getOrDefault("database", "townreform_test");
        if (!base.matches("[a-z_][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("unsafe database name " + base);
        }
        database = base + "_" + ProcessHandle.current().pid();
    }

    @Override
    public Map<String, String> start() {
        String host = env("PGHOST", "127.0.0.1");
        String port = env("PGPORT", "5432");
        List<String[]> candidates = new ArrayList<>();
        candidates.add(new String[]{env("PGUSER", "townreform"), env("PGPASSWORD", "townreform")});
        if (System.getenv("PGUSER") == null) {
            candidates.add(new String[]{"postgres", ""});
            candidates.add(new String[]{"root", ""});
        }
        SQLException last = null;
        for (String[] c : candidates) {
            try (Connection conn = DriverManager.getConnection(adminUrl(), c[0], c[1]); Statement st = conn.createStatement()) {
                dropLeftovers(st);
                st.execute("drop database if exists " + database + " with (force)");
                st.execute("create database " + database);
                login = c;
                return Map.of(
                        "quarkus.datasource.username", c[0],
                        "quarkus.datasource.password", c[1],
                        "quarkus.datasource.reactive.url",
                        "vertx-reactive:postgresql://" + host + ":" + port + "/" + database,
                        "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":" + port + "/" + database);
            } catch (SQLException e) {
                last = e;
            }
        }
        throw new IllegalStateException("No PostgreSQL to create the test database " + database + " on " + host + ":"
                + port + ". Run deploy/local/test.sh (it installs and starts one), or set PGHOST/PGPORT/PGUSER/PGPASSWORD.",
                last);
    }

    @Override
    public void stop() {
        if (login == null) {
            return;
        }
        try (Connection conn = DriverManager.getConnection(adminUrl(), login[0], login[1]);
                Statement st = conn.createStatement()) {
            st.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            // Left behind; the next run on this server drops it once this process is gone.
        }
    }

    /** Drops {@code base_<pid>} databases whose process no longer runs: what an interrupted run left behind. */
    private void dropLeftovers(Statement st) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("select datname from pg_database where datname ~ '^" + base + "_[0-9]+$'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                long pid = Long.parseLong(name.substring(base.length() + 1));
                if (ProcessHandle.of(pid).isEmpty()) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            st.execute("drop database if exists " + name + " with (force)");
        }
    }

    private static String adminUrl() {
        return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/postgres";
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
