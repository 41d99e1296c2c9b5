package org.townreform.gateway.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Automatic persisted queries, Apollo's protocol: a mobile client on a slow link sends only
 * {@code extensions.persistedQuery.sha256Hash}; the gateway answers {@code PERSISTED_QUERY_NOT_FOUND} the first time, the
 * client sends hash and query once, and from then on the hash alone (by GET too, which caches). A query is kept under its
 * SHA-256 only when the hash the client sent is the query's own, so no client can plant a query under another's hash.
 * The store is in memory and bounded; a forgotten query is asked for again, which the protocol expects.
 */
final class PersistedQueries {
    static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    static final String NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED";

    private final Cache<String, String> byHash;

    PersistedQueries(int size) {
        this.byHash = Caffeine.newBuilder().maximumSize(size).build();
    }

    /** The query to run, or why there is none: what a request's {@code query} and {@code extensions} amount to. */
    sealed interface Resolution {
    }

    /** Run this query (the one sent, or the one stored under the hash). */
    record Run(String query) implements Resolution {
    }

    /** Refuse with this code and message (HTTP 200, a GraphQL error). */
    record Refuse(String code, String message) implements Resolution {
    }

    /**
     * @param query the query sent, or {@code null}
     * @param extensions the request's {@code extensions}, or {@code null}
     */
    Resolution resolve(String query, Map<?, ?> extensions) {
        Object persisted = extensions == null ? null : extensions.get("persistedQuery");
        if (!(persisted instanceof Map<?, ?> p)) {
            return new Run(query);
        }
        if (!Integer.valueOf(1).equals(p.get("version"))) {
            return new Refuse(NOT_SUPPORTED, "Only version 1 of persisted queries is supported");
        }
        if (!(p.get("sha256Hash") instanceof String given) || !given.matches("[0-9a-fA-F]{64}")) {
            return new Refuse("BAD_REQUEST", "persistedQuery.sha256Hash must be 64 hexadecimal digits");
        }
        String hash = given.toLowerCase(Locale.ROOT);
        if (query == null || query.isBlank()) {
            String stored = byHash.getIfPresent(hash);
            return stored == null ? new Refuse(NOT_FOUND, "PersistedQueryNotFound") : new Run(stored);
        }
        if (!hash.equals(sha256(query))) {
            return new Refuse("BAD_REQUEST", "persistedQuery.sha256Hash is not the SHA-256 of the query sent");
        }
        byHash.put(hash, query);
        return new Run(query);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
