package org.townreform.gateway.auth;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Checks the caller's bearer token with smallrye-jwt's configuration (the development key locally, the OIDC issuer's
 * JWKS in production): signature, issuer, expiry. A verified token is remembered until it expires (at most 5 minutes)
 * so that a dashboard polling with one token pays for the signature check once; the first check of a token runs off
 * the event loop (fetching a JWKS may block). The gateway only authenticates: what a token may see is decided by the
 * services, which get the same token.
 */
@ApplicationScoped
public class TokenVerifier {
    private final JWTParser parser;
    private final Vertx vertx;
    /** token → expiry (epoch seconds). */
    private final Cache<String, Long> verified = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();

    public TokenVerifier(JWTParser parser, Vertx vertx) {
        this.parser = parser;
        this.vertx = vertx;
    }

    /** Succeeds when the Authorization header carries a valid bearer token; fails with the reason otherwise. */
    public Future<Void> verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.length() <= 7) {
            return Future.failedFuture(new IllegalArgumentException("A bearer token is required"));
        }
        String token = authorization.substring(7).strip();
        Long expiry = verified.getIfPresent(token);
        long now = System.currentTimeMillis() / 1000;
        if (expiry != null) {
            if (expiry > now) {
                return Future.succeededFuture();
            }
            verified.invalidate(token);
            return Future.failedFuture(new IllegalArgumentException("The bearer token has expired"));
        }
        return vertx.executeBlocking(() -> {
            try {
                long exp = parser.parse(token).getExpirationTime();
                verified.put(token, exp > 0 ? exp : now + 300);
                return null;
            } catch (ParseException | RuntimeException e) {
                throw new IllegalArgumentException("The bearer token is not valid", e);
            }
        }, false);
    }
}
