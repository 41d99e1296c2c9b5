package org.townreform.common.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Row counts of the service's own tables, read over JDBC from the test database the running service uses: for "nothing
 * was stored" checks that do not rely on an API which might hide a row.
 */
public final class TableRows {
    private TableRows() {
    }

    public static long count(String table) {
        if (!table.matches("[a-z_]{1,60}")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + table, e);
        }
    }
}
