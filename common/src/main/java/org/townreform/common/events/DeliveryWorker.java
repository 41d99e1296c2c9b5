package org.townreform.common.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jboss.logging.Logger;
import org.townreform.common.config.CommonConfig;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Sends due webhook deliveries, one batch at a time; any number of workers (replicas) may share one database. A worker
 * takes due rows with {@code FOR UPDATE SKIP LOCKED} and leases them ({@code lease_until}), so two never send the same
 * delivery at the same time; a worker that dies leaves its rows to be taken again when the lease runs out. Each attempt
 * is logged; a 2xx answer delivers, anything else (another status, no answer, a refused address) is retried on the
 * {@link RetrySchedule} and given up after the retry period, which pauses the subscription with the reason.
 */
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final int MAX_ERROR = 1000;

    private final Pool pool;
    private final CloudEventJson cloudEvents;
    private final CommonConfig.Events config;
    private final RetrySchedule schedule;
    private final HttpClient http;

    public DeliveryWorker(Pool pool, CloudEventJson cloudEvents, CommonConfig.Events config) {
        this.pool = pool;
        this.cloudEvents = cloudEvents;
        this.config = config;
        this.schedule = new RetrySchedule(config.firstRetry(), config.maxRetryDelay(), config.retryFor());
        // Redirects are not followed: a receiver could send the request on to an address it may not reach.
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Takes the due deliveries (at most a batch), sends them together and records the outcomes; the number sent. */
    public Uni<Integer> runOnce() {
        return claim().flatMap(claimed -> {
            if (claimed.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            List<Uni<Void>> sends = new ArrayList<>();
            for (Claimed c : claimed) {
                sends.add(send(c));
            }
            return Uni.join().all(sends).andCollectFailures().replaceWith(claimed.size());
        });
    }

    /** A delivery taken by this worker, with what is needed to send it. */
    public record Claimed(long id, int attempt, OffsetDateTime retrySince, long subscription, String url, List<String> secrets,
            StoredEvent event) {
    }

    /** Takes due deliveries without sending them (what a replica does just before it dies: for tests). */
    public Uni<List<Claimed>> claim() {
        String sql = "with due as (select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id"
                + " where d.status = 'PENDING' and d.next_attempt_at <= now() and s.status = 'ACTIVE'"
                + " and (d.lease_until is null or d.lease_until < now())"
                + " order by d.next_attempt_at, d.id limit $1 for update of d skip locked)"
                + " update webhook_delivery d set lease_until = now() + $2 * interval '1 millisecond',"
                + " attempts = d.attempts + 1, retry_since = coalesce(d.retry_since, now())"
                + " from due, webhook_subscription s, event_outbox e"
                + " where d.id = due.id and s.id = d.subscription_id and e.id = d.event_row"
                + " returning d.id as delivery_id, d.attempts, d.retry_since, s.id as subscription_id, s.url, s.secret,"
                + " case when s.previous_secret_until > now() then s.previous_secret end as previous_secret, "
                + StoredEvent.COLUMNS;
        return pool.preparedQuery(sql).execute(Tuple.of(config.dispatchBatch(), config.lease().toMillis()))
                .map(rows -> {
                    List<Claimed> out = new ArrayList<>();
                    for (Row r : rows) {
                        List<String> secrets = new ArrayList<>();
                        secrets.add(r.getString("secret"));
                        if (r.getString("previous_secret") != null) {
                            secrets.add(r.getString("previous_secret"));
                        }
                        out.add(new Claimed(r.getLong("delivery_id"), r.getInteger("attempts"),
                                r.getOffsetDateTime("retry_since"), r.getLong("subscription_id"), r.getString("url"),
                                secrets, StoredEvent.of(r)));
                    }
                    return out;
                });
    }

    private Uni<Void> send(Claimed c) {
        long started = System.nanoTime();
        return Uni.createFrom().item(() -> {
            URI uri = OutboundUrls.parse(c.url(), config.insecureUrlsAllowed());
            OutboundUrls.resolve(uri, config.insecureUrlsAllowed());
            return uri;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(uri -> post(uri, c))
                .onItemOrFailure().transformToUni((status, failure) -> {
                    int latency = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
                    String error = failure == null
                            ? (status / 100 == 2 ? null : "HTTP " + status)
                            : describe(failure);
                    return record(c, failure == null ? status : null, latency, error);
                });
    }

    private Uni<Integer> post(URI uri, Claimed c) {
        byte[] body = cloudEvents.bytes(c.event());
        String id = c.event().eventId().toString();
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("content-type", CloudEventJson.MEDIA_TYPE + "; charset=utf-8")
                .header("user-agent", "TownReform-Webhooks/1.0")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.header(c.secrets(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(HttpResponse::statusCode);
    }

    private Uni<Void> record(Claimed c, Integer status, int latencyMs, String error) {
        boolean delivered = error == null;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime next = delivered ? null : schedule.next(c.retrySince(), now, c.attempt());
        String trimmed = error == null ? null : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        return pool.withTransaction(conn -> {
            Uni<?> attempt = conn.preparedQuery("insert into webhook_attempt (delivery_id, attempt, attempted_at, "
                    + "http_status, latency_ms, error) values ($1, $2, now(), $3, $4, $5)")
                    .execute(Tuple.from(Arrays.asList(c.id(), c.attempt(), status, latencyMs, trimmed)));
            if (delivered) {
                return attempt.flatMap(x -> conn.preparedQuery("update webhook_delivery set status = 'DELIVERED', "
                        + "delivered_at = now(), lease_until = null, last_status = $2, last_error = null where id = $1")
                        .execute(Tuple.of(c.id(), status)));
            }
            if (next != null) {
                return attempt.flatMap(x -> conn.preparedQuery("update webhook_delivery set next_attempt_at = $2, "
                        + "lease_until = null, last_status = $3, last_error = $4 where id = $1")
                        .execute(Tuple.from(Arrays.asList(c.id(), next, status, trimmed))));
            }
            String reason = "Deliveries to " + c.url() + " failed for " + config.retryFor().toHours()
                    + " h since " + c.retrySince() + " (" + c.attempt() + " attempts; last: " + trimmed
                    + "); resume it when the receiver is fixed";
            LOG.warnf("webhook %d paused: %s", c.subscription(), reason);
            return attempt.flatMap(x -> conn.preparedQuery("update webhook_delivery set status = 'FAILED', "
                    + "lease_until = null, last_status = $2, last_error = $3 where id = $1")
                    .execute(Tuple.from(Arrays.asList(c.id(), status, trimmed))))
                    .flatMap(x -> conn.preparedQuery("update webhook_subscription set status = 'PAUSED', paused_at = "
                            + "now(), paused_reason = $2 where id = $1 and status = 'ACTIVE'")
                            .execute(Tuple.of(c.subscription(), reason.length() > MAX_ERROR
                                    ? reason.substring(0, MAX_ERROR)
                                    : reason)));
        }).replaceWithVoid();
    }

    private static String describe(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause instanceof org.townreform.common.error.ProblemException p
                ? p.getMessage()
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return message;
    }
}
