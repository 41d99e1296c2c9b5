package org.townreform.common.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.townreform.common.config.CommonConfig;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Loads demo data when {@code townreform.demo.enabled=true} (the run command sets it; nothing else does): each script of
 * {@code townreform.demo.scripts} is read from the classpath and run in one transaction after the migrations. Scripts
 * are idempotent ({@code on conflict do nothing}), so restarting keeps the data and loads nothing twice.
 */
@ApplicationScoped
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    void load(@Observes StartupEvent event, CommonConfig config, Pool pool) {
        if (!config.demo().enabled()) {
            return;
        }
        for (String script : config.demo().scripts()) {
            String sql = read(script);
            pool.withTransaction(conn -> conn.query(sql).execute()).await().atMost(Duration.ofMinutes(2));
            LOG.infof("Demo data: %s loaded (or already there)", script);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo script " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests: the scripts a service would load. */
    public static List<String> scripts(CommonConfig config) {
        return config.demo().scripts();
    }
}
