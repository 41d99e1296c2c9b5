package org.townreform.common.events;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.townreform.common.config.CommonConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * This replica's webhook sender: every {@code townreform.events.dispatch-every} it lets its {@link DeliveryWorker} take
 * and send what is due (one round at a time), unless {@code townreform.events.dispatch=false}.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final DeliveryWorker worker;
    private final CommonConfig.Events config;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long timer = -1;

    public WebhookDispatcher(Pool pool, CloudEventJson cloudEvents, CommonConfig config) {
        this.config = config.events();
        this.worker = new DeliveryWorker(pool, cloudEvents, this.config);
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        if (config.dispatch()) {
            timer = vertx.setPeriodic(config.dispatchEvery().toMillis(), id -> tick());
        }
    }

    void stop(@Observes ShutdownEvent event, Vertx vertx) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        worker.runOnce().subscribe().with(n -> running.set(false), failure -> {
            running.set(false);
            LOG.warnf("webhook deliveries: %s", failure.toString());
        });
    }
}
