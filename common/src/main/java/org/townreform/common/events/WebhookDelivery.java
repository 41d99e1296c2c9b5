package org.townreform.common.events;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.common.error.Problems;
import org.townreform.common.paging.Page;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** One event owed to one subscription, and every attempt to send it: the delivery log. */
@Schema(name = "WebhookDelivery", description = "One event for one webhook: its state and its attempts")
public record WebhookDelivery(
        @Schema(required = true) long id,
        @Schema(description = "The event's id: the webhook-id header of every attempt", required = true) String eventId,
        @Schema(required = true, example = "cn.townreform.license.application.accepted") String eventType,
        @Schema(required = true, example = "application/42") String subject,
        @Schema(description = "PENDING (to be sent or retried), DELIVERED (a 2xx answer), FAILED (given up after the retry period)", required = true, enumeration = {
                "PENDING", "DELIVERED", "FAILED"}) String status,
        @Schema(description = "Attempts made so far", required = true) int attempts,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(description = "When the next attempt is due (PENDING)") OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt,
        @Schema(description = "The receiver's last HTTP status; null when it could not be reached") Integer lastStatus,
        @Schema(description = "Why the last attempt failed") String lastError,
        @Schema(required = true) List<Attempt> attemptLog){

    @Schema(name = "WebhookAttempt", description = "One attempt to send a delivery")
    public record Attempt(@Schema(required = true) int attempt, @Schema(required = true) OffsetDateTime at,
            @Schema(description = "The HTTP status answered; null when none (refused, timed out)") Integer status,
            @Schema(description = "Milliseconds until the answer or the failure", required = true) int latencyMs,
            String error) {
    }

    private static final String SELECT = "select d.id, e.event_id::text as event_id, e.type, e.subject, d.status, "
            + "d.attempts, d.created_at, d.next_attempt_at, d.delivered_at, d.last_status, d.last_error "
            + "from webhook_delivery d join event_outbox e on e.id = d.event_row where d.subscription_id = $1";

    static Uni<Page<WebhookDelivery>> page(Pool pool, long subscription, String status, int limit, Long beforeId) {
        List<Object> params = new ArrayList<>(List.of(subscription));
        StringBuilder sql = new StringBuilder(SELECT);
        if (status != null) {
            params.add(status);
            sql.append(" and d.status = $").append(params.size());
        }
        if (beforeId != null) {
            params.add(beforeId);
            sql.append(" and d.id < $").append(params.size());
        }
        params.add(limit + 1);
        sql.append(" order by d.id desc limit $").append(params.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).flatMap(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            return withAttempts(pool, list);
        }).map(list -> Page.of(list, limit, d -> String.valueOf(d.id())));
    }

    static Uni<WebhookDelivery> one(Pool pool, long subscription, long id) {
        return pool.preparedQuery(SELECT + " and d.id = $2").execute(Tuple.of(subscription, id)).flatMap(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            return withAttempts(pool, list);
        }).map(list -> {
            if (list.isEmpty()) {
                throw Problems.notFound("WebhookDelivery", id);
            }
            return list.get(0);
        });
    }

    private static Uni<List<WebhookDelivery>> withAttempts(Pool pool, List<Row> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Long[] ids = rows.stream().map(r -> r.getLong("id")).toArray(Long[]::new);
        return pool.preparedQuery("select delivery_id, attempt, attempted_at, http_status, latency_ms, error "
                + "from webhook_attempt where delivery_id = any ($1) order by delivery_id, attempt")
                .execute(Tuple.of(ids)).map(attempts -> {
                    Map<Long, List<Attempt>> byDelivery = new LinkedHashMap<>();
                    for (Row a : attempts) {
                        byDelivery.computeIfAbsent(a.getLong("delivery_id"), k -> new ArrayList<>())
                                .add(new Attempt(a.getInteger("attempt"), a.getOffsetDateTime("attempted_at"),
                                        a.getInteger("http_status"), a.getInteger("latency_ms"), a.getString("error")));
                    }
                    return rows.stream().map(r -> new WebhookDelivery(r.getLong("id"), r.getString("event_id"),
                            r.getString("type"), r.getString("subject"), r.getString("status"), r.getInteger("attempts"),
                            r.getOffsetDateTime("created_at"), r.getOffsetDateTime("next_attempt_at"),
                            r.getOffsetDateTime("delivered_at"), r.getInteger("last_status"), r.getString("last_error"),
                            byDelivery.getOrDefault(r.getLong("id"), List.of()))).toList();
                });
    }
}
