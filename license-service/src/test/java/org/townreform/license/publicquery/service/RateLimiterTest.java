package org.townreform.license.publicquery.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void countsPerAddressPerWindow() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(60));
        Instant t = Instant.parse("2026-11-26T10:00:10Z");
        assertThat(limiter.attempt("a", t).allowed()).isTrue();
        assertThat(limiter.attempt("a", t).allowed()).isTrue();
        RateLimiter.Decision refused = limiter.attempt("a", t);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(50);
        assertThat(limiter.attempt("b", t).allowed()).isTrue();
        assertThat(limiter.attempt("a", t.plusSeconds(50)).allowed()).isTrue();
    }
}
