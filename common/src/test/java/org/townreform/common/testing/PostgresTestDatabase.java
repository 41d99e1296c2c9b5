package org.townreform.common.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a test run a database of its own on the real PostgreSQL: drops and re-creates {@code database} (init argument) before
 * Quarkus starts, so no test depends on data a previous run left, and points the reactive and JDBC (Flyway) URLs at it.
 * <p>
 * Connection: {@code PGHOST} (127.0.0.1), {@code PGPORT} (5432), {@code PGUSER}/{@code PGPASSWORD} (townreform/townreform,
 * the role {@code deploy/local/db.sh} creates). Without {@code PGUSER} set, a machine with trust authentication is also
 * tried as {@code postgres}.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "townreform_test");
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("unsafe database name " + database);
        }
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
            try (Connection conn = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres",
                    c[0], c[1]); Statement st = conn.createStatement()) {
                st.execute("drop database if exists " + database + " with (force)");
                st.execute("create database " + database);
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
        // The database stays for inspection after the run; the next run drops it.
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
