package org.townreform.common.events;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.error.Problems;
import org.townreform.common.id.TownCode;
import org.townreform.common.paging.Page;
import org.townreform.common.security.Caller;
import org.townreform.common.time.BusinessClock;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Webhook subscriptions: made, read, paused, resumed, their secret rotated, removed; each change audited (and so an
 * event itself). Deliveries are sent by {@link WebhookDispatcher}; their log is read here.
 */
@ApplicationScoped
public class WebhookService {
    static final String ENTITY = "Webhook";

    private final WebhookSubscriptionRepository subscriptions;
    private final EventPublisher publisher;
    private final AuditLog audit;
    private final Caller caller;
    private final BusinessClock clock;
    private final CommonConfig.Events config;
    private final Pool pool;
    private final Vertx vertx;

    public WebhookService(WebhookSubscriptionRepository subscriptions, EventPublisher publisher, AuditLog audit,
            Caller caller, BusinessClock clock, CommonConfig config, Pool pool, Vertx vertx) {
        this.vertx = vertx;
        this.subscriptions = subscriptions;
        this.publisher = publisher;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
        this.config = config.events();
        this.pool = pool;
    }

    /**
     * The URL checked in form and by where its host resolves (422 {@code WEBHOOK_URL_REFUSED}): the name is looked up
     * on a worker thread, and the answer comes back on the caller's Vert.x context.
     */
    public Uni<URI> checkUrl(String url) {
        URI uri = OutboundUrls.parse(url, config.insecureUrlsAllowed());
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            OutboundUrls.resolve(uri, config.insecureUrlsAllowed());
            return uri;
        }), false);
    }

    /** Makes the subscription; {@code url} as {@link #checkUrl} answered it. */
    @WithTransaction
    public Uni<WebhookView.WithSecret> create(NewWebhook in, URI url) {
        WebhookSubscription s = new WebhookSubscription();
        s.url = url.toString();
        s.eventTypes = String.join(",", EventFeedResource.scoped(types(in.eventTypes()),
                publisher.readable(caller.roles())));
        s.townCodes = String.join(",", towns(in.towns()));
        s.description = in.description() == null || in.description().isBlank() ? null : in.description().strip();
        s.secret = WebhookSigner.newSecret();
        s.createdBy = caller.name();
        s.createdAt = clock.now();
        return subscriptions.persistAndFlush(s).map(x -> WebhookView.of(s, clock.now()))
                .call(v -> audit.record("WEBHOOK_CREATED", ENTITY, v.id(), null, null, v))
                .map(v -> new WebhookView.WithSecret(v, s.secret));
    }

    @WithSession
    public Uni<Page<WebhookView>> list(int limit, Long afterId) {
        String query = afterId == null ? "" : "id > ?1";
        Object[] params = afterId == null ? new Object[0] : new Object[]{afterId};
        return subscriptions.find(query, Sort.ascending("id"), params).page(0, limit + 1).list()
                .map(rows -> Page.of(rows, limit, r -> String.valueOf(r.id)).map(r -> WebhookView.of(r, clock.now())));
    }

    @WithSession
    public Uni<WebhookView> get(long id) {
        return require(id).map(s -> WebhookView.of(s, clock.now()));
    }

    @WithTransaction
    public Uni<WebhookView.WithSecret> rotateSecret(long id) {
        return require(id).flatMap(s -> {
            WebhookView before = WebhookView.of(s, clock.now());
            s.previousSecret = s.secret;
            s.previousSecretUntil = clock.now().plus(config.previousSecretValidFor());
            s.secret = WebhookSigner.newSecret();
            return subscriptions.flush().map(x -> WebhookView.of(s, clock.now()))
                    .call(v -> audit.record("WEBHOOK_SECRET_ROTATED", ENTITY, id, null, before, v))
                    .map(v -> new WebhookView.WithSecret(v, s.secret));
        });
    }

    @WithTransaction
    public Uni<WebhookView> pause(long id) {
        return require(id).flatMap(s -> {
            if (s.status == WebhookSubscription.Status.PAUSED) {
                return Uni.createFrom().item(WebhookView.of(s, clock.now()));
            }
            WebhookView before = WebhookView.of(s, clock.now());
            s.status = WebhookSubscription.Status.PAUSED;
            s.pausedAt = clock.now();
            s.pausedReason = "Paused by " + caller.name();
            return subscriptions.flush().map(x -> WebhookView.of(s, clock.now()))
                    .call(v -> audit.record("WEBHOOK_PAUSED", ENTITY, id, null, before, v));
        });
    }

    /** Active again: waiting deliveries go out now, and those given up are tried again from the start. */
    @WithTransaction
    public Uni<WebhookView> resume(long id) {
        return require(id).flatMap(s -> {
            WebhookView before = WebhookView.of(s, clock.now());
            s.status = WebhookSubscription.Status.ACTIVE;
            s.pausedAt = null;
            s.pausedReason = null;
            return subscriptions.flush()
                    .flatMap(x -> subscriptions.getSession().flatMap(session -> session.createNativeQuery(
                            "update webhook_delivery set status = 'PENDING', next_attempt_at = now(), retry_since = null,"
                                    + " lease_until = null where subscription_id = ?1 and status in ('PENDING', 'FAILED')")
                            .setParameter(1, id).executeUpdate()))
                    .map(x -> WebhookView.of(s, clock.now()))
                    .call(v -> audit.record("WEBHOOK_RESUMED", ENTITY, id, null, before, v));
        });
    }

    @WithTransaction
    public Uni<Void> delete(long id) {
        return require(id).flatMap(s -> {
            WebhookView before = WebhookView.of(s, clock.now());
            return subscriptions.delete(s).flatMap(x -> subscriptions.flush())
                    .call(x -> audit.record("WEBHOOK_DELETED", ENTITY, id, null, before, null));
        }).replaceWithVoid();
    }

    /** The deliveries of a subscription, newest first, with their attempts. */
    public Uni<Page<WebhookDelivery>> deliveries(long id, String status, int limit, Long beforeId) {
        if (status != null && !List.of("PENDING", "DELIVERED", "FAILED").contains(status)) {
            throw Problems.invalid("status", "must be PENDING, DELIVERED or FAILED");
        }
        return exists(id).flatMap(x -> WebhookDelivery.page(pool, id, status, limit, beforeId));
    }

    /** Sends a delivery again now (delivered or not), with the same {@code webhook-id}. */
    public Uni<WebhookDelivery> redeliver(long id, long deliveryId) {
        return exists(id).flatMap(x -> pool.preparedQuery("update webhook_delivery set status = 'PENDING', "
                + "next_attempt_at = now(), retry_since = null, lease_until = null where id = $1 and subscription_id = $2")
                .execute(Tuple.of(deliveryId, id)))
                .flatMap(rows -> {
                    if (rows.rowCount() == 0) {
                        return Uni.createFrom().failure(Problems.notFound("WebhookDelivery", deliveryId));
                    }
                    return WebhookDelivery.one(pool, id, deliveryId);
                });
    }

    private Uni<Void> exists(long id) {
        return pool.preparedQuery("select 1 from webhook_subscription where id = $1").execute(Tuple.of(id))
                .flatMap(rows -> rows.rowCount() == 0
                        ? Uni.createFrom().failure(Problems.notFound(ENTITY, id))
                        : Uni.createFrom().voidItem());
    }

    private Uni<WebhookSubscription> require(long id) {
        return subscriptions.findById(id).onItem().ifNull().failWith(() -> Problems.notFound(ENTITY, id));
    }

    private List<String> types(List<String> given) {
        List<String> out = new ArrayList<>();
        String own = EventTypes.PREFIX + publisher.service() + ".";
        for (String t : EventFeedResource.types(given)) {
            if (!t.startsWith(own)) {
                throw Problems.invalid("eventTypes", "this service publishes only " + own + "* events (" + t + ")");
            }
            out.add(t);
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private static List<String> towns(List<String> given) {
        if (given == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : given) {
            if (t == null || !t.matches(TownCode.REGEX)) {
                throw Problems.invalid("towns", "each must be a 9-digit township division code");
            }
            out.add(t);
        }
        return List.copyOf(out);
    }
}
