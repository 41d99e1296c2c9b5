package org.townreform.common.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.townreform.common.towns.TownFeedFollower;

/**
 * The tables of a service's copy of the town registry ({@code town_copy}, its row of {@code feed_position}), read and
 * written over JDBC in the test database the running service uses: what the follower stored, and the state a restart
 * (or another replica) would leave it to go on from.
 */
public final class TownCopyTables {
    /** The follower's stored row: the cursor it goes on from, when it last read the changes to their end. */
    public record Stored(String cursor, OffsetDateTime caughtUpAt) {
    }

    private TownCopyTables() {
    }

    /** The stored row, {@code null} when there is none (never read, or forgotten). */
    public static Stored stored() {
        try (Connection c = connect();
                PreparedStatement st = c.prepareStatement(
                        "select cursor, caught_up_at from feed_position where feed = ?")) {
            st.setString(1, TownFeedFollower.FEED);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Stored(rs.getString(1), rs.getObject(2, OffsetDateTime.class)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read feed_position", e);
        }
    }

    /** The stored copy: code to name. */
    public static Map<String, String> towns() {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select code, name from town_copy order by code")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read town_copy", e);
        }
        return out;
    }

    /** Stores the copy as given, standing at {@code cursor} (as a restart from an older state finds it). */
    public static void standAt(String cursor, Map<String, String> towns) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("delete from town_copy");
            }
            try (PreparedStatement st = c.prepareStatement(
                    "insert into town_copy (code, name, updated_at) values (?, ?, now())")) {
                for (Map.Entry<String, String> t : towns.entrySet()) {
                    st.setString(1, t.getKey());
                    st.setString(2, t.getValue());
                    st.executeUpdate();
                }
            }
            try (PreparedStatement st = c.prepareStatement("update feed_position set cursor = ?, updated_at = now() "
                    + "where feed = ?")) {
                st.setString(1, cursor);
                st.setString(2, TownFeedFollower.FEED);
                if (st.executeUpdate() != 1) {
                    throw new IllegalStateException("no stored row to move");
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the town copy", e);
        }
    }

    /** Forgets the copy altogether: no towns, no stored row (a service that never read the registry's changes). */
    public static void forget() {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("delete from town_copy");
            st.execute("delete from feed_position where feed = '" + TownFeedFollower.FEED + "'");
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot forget the town copy", e);
        }
    }

    /** Waits until the condition holds, checking every 50 ms; fails with {@code what} after {@code atMost}. */
    public static void await(String what, Duration atMost, BooleanSupplier condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + atMost + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what, e);
            }
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
