package org.townreform.common.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.error.DatabaseErrors;
import org.townreform.common.error.Problems;
import org.townreform.common.security.Caller;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.web.RequestIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * {@code Idempotency-Key} for integration writes: the first request with a key runs and its answer is stored in
 * the same transaction; a resend with the same key and body gets the stored answer and creates nothing; the same key with
 * another body is refused (422 {@code IDEMPOTENCY_KEY_REUSED}). Keys belong to the caller that sent them. Two identical
 * requests racing each other: the database's primary key lets one win and the other replays its answer.
 */
@ApplicationScoped
public class IdempotentWrites {
    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on an answer that replays the stored answer of an earlier request with the same key. */
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final IdempotencyRecordRepository repository;
    private final Caller caller;
    private final BusinessClock clock;
    private final ObjectMapper json;
    private final Pool pool;

    public IdempotentWrites(IdempotencyRecordRepository repository, Caller caller, BusinessClock clock,
            ObjectMapper json, Pool pool) {
        this.repository = repository;
        this.pool = pool;
        this.caller = caller;
        this.clock = clock;
        // a replay answers exactly what was stored: timestamps keep the offset they were written with
        this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false)
                // stored answers may hold fields an older version wrote
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * Runs {@code work} once per key, the operation being the current HTTP request's method, path and query (so a key
     * reused on another record, or with other query parameters, is refused as a different request).
     */
    public <T> Uni<T> run(String key, Object request, Class<T> answerType, Supplier<Uni<T>> work) {
        if (key == null || key.isEmpty()) {
            return work.get();
        }
        return run(key, currentOperation(), request, answerType, work);
    }

    /** The operation with the current request's query, so the same key with other query parameters is another request. */
    private static String withQuery(String operation) {
        if (operation.indexOf('?') >= 0) {
            return operation;
        }
        RoutingContext rc = RequestIds.currentRequest(); // a named operation run outside HTTP has no query
        String query = rc == null ? null : rc.request().query();
        return query == null ? operation : operation + "?" + query;
    }

    private static String currentOperation() {
        RoutingContext rc = RequestIds.currentRequest();
        if (rc == null) {
            throw new IllegalStateException("an idempotent write outside an HTTP request needs its operation named");
        }
        String query = rc.request().query();
        return rc.request().method().name() + " " + rc.normalizedPath() + (query == null ? "" : "?" + query);
    }

    /**
     * Runs {@code work} once per key: {@code operation} names the endpoint (e.g. {@code POST /api/v1/people}),
     * {@code request} is the body as received. Without a key the work simply runs.
     */
    public <T> Uni<T> run(String key, String operation, Object request, Class<T> answerType, Supplier<Uni<T>> work) {
        if (key == null || key.isEmpty()) {
            return work.get();
        }
        if (!KEY.matcher(key).matches()) {
            return Uni.createFrom().failure(Problems.invalid(HEADER, "must be 1 to 200 visible ASCII characters"));
        }
        String principal = caller.name();
        String id = sha256(principal + "\n" + key);
        String fingerprint = sha256(withQuery(operation) + "\n" + canonical(request));
        return attempt(id, key, principal, fingerprint, answerType, work)
                .onFailure(IdempotentWrites::isDuplicateKey)
                .recoverWithUni(() -> stored(id).map(found -> replay(found, fingerprint, answerType)));
    }

    private <T> Uni<T> attempt(String id, String key, String principal, String fingerprint, Class<T> type,
            Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> repository.findById(id).flatMap(found -> {
            if (found != null) {
                return Uni.createFrom().item(replay(found, fingerprint, type));
            }
            IdempotencyRecord r = new IdempotencyRecord();
            r.id = id;
            r.key = key;
            r.principal = principal;
            r.fingerprint = fingerprint;
            r.createdAt = clock.now();
            return repository.persistAndFlush(r)
                    .flatMap(saved -> work.get())
                    .invoke(answer -> r.responseBody = serialise(answer));
        }));
    }

    /**
     * The record a racing request committed, read on a connection of its own: the failed attempt's session still holds
     * its own unsaved copy of the record (without an answer), which it would hand back instead.
     */
    private Uni<IdempotencyRecord> stored(String id) {
        return pool.preparedQuery("select fingerprint, response_body from idempotency_record where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    IdempotencyRecord r = new IdempotencyRecord();
                    r.id = id;
                    r.fingerprint = row.getString("fingerprint");
                    r.responseBody = row.getString("response_body");
                    return r;
                });
    }

    private <T> T replay(IdempotencyRecord found, String fingerprint, Class<T> type) {
        if (found == null || found.responseBody == null) {
            throw Problems.conflict("IDEMPOTENCY_IN_PROGRESS", "A request with this Idempotency-Key is still running")
                    .retryAfter(1);
        }
        if (!found.fingerprint.equals(fingerprint)) {
            throw Problems.unprocessable("IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was already used for a different request");
        }
        RoutingContext request = RequestIds.currentRequest();
        if (request != null && !request.response().headWritten()) {
            request.response().putHeader(REPLAYED, "true");
        }
        try {
            return json.readValue(found.responseBody, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent answer cannot be read", e);
        }
    }

    private String serialise(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer cannot be stored for idempotency", e);
        }
    }

    private String canonical(Object request) {
        try {
            return json.writeValueAsString(request == null ? "" : json.valueToTree(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isDuplicateKey(Throwable t) {
        DatabaseErrors.Failure f = DatabaseErrors.find(t);
        return f != null && f.uniqueViolation() && f.constraint() != null
                && f.constraint().startsWith("idempotency_record");
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
