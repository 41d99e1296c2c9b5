package org.townreform.common.testing.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A fingerprint of every table of the service's test database, read over JDBC from the database the running test
 * application uses ({@code quarkus.datasource.jdbc.url}, set by {@code PostgresTestDatabase}). Two snapshots around a
 * refused write must be equal: a refusal stores nothing, not even an audit record or an idempotency key.
 * <p>
 * The fingerprint is the row count and the highest {@code xmin} (the id of the transaction that wrote each row version):
 * every committed insert or update writes row versions with a newer transaction id and every delete lowers the count,
 * while a rolled-back transaction leaves both as they were. It detects every committed write, even one that rewrites a
 * row unchanged, and costs a scan without turning rows into text: an md5 of the rows' text took a third of the run once
 * a 1 MB value had been accepted into a table.
 */
final class TableSnapshots implements AutoCloseable {
    private final Connection connection;
    private final List<String> tables = new ArrayList<>();
    private final String query;
    private long nanos;

    TableSnapshots(Set<String> excluded) {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("");
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        try {
            connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(true);
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery(
                            "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
                while (rs.next()) {
                    if (!excluded.contains(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database at " + url, e);
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no table to compare in " + url);
        }
        StringBuilder sb = new StringBuilder();
        for (String t : tables) {
            if (!sb.isEmpty()) {
                sb.append(" union all ");
            }
            String q = "\"" + t.replace("\"", "\"\"") + "\"";
            sb.append("select '").append(t.replace("'", "''")).append("', (select count(*) || ':' || ")
                    .append("coalesce(max(xmin::text::bigint), 0) from ").append(q).append(")");
        }
        query = sb.toString();
    }

    List<String> tables() {
        return tables;
    }

    long millis() {
        return nanos / 1_000_000;
    }

    Map<String, String> take() {
        long start = System.nanoTime();
        Map<String, String> digest = new LinkedHashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                digest.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot snapshot the tables", e);
        }
        nanos += System.nanoTime() - start;
        return digest;
    }

    /** The tables whose content differs, with their row counts before and after. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String b = before.get(e.getKey());
            if (!Objects.equals(b, e.getValue())) {
                changed.add(e.getKey() + " (rows " + rows(b) + " → " + rows(e.getValue()) + ")");
            }
        }
        return changed;
    }

    private static String rows(String digest) {
        return digest == null ? "?" : digest.substring(0, digest.indexOf(':'));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing to keep
        }
    }
}
