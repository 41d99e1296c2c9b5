package org.townreform.license.publicquery.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(60));
    private final Instant windowStart = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void allowsUpToTheLimitInAWindow() {
        assertThat(limiter.decide(1, windowStart, windowStart.plusSeconds(10)).allowed()).isTrue();
        assertThat(limiter.decide(2, windowStart, windowStart.plusSeconds(10)).allowed()).isTrue();
    }

    @Test
    void refusesPastTheLimitWithTheSecondsUntilTheWindowEnds() {
        RateLimiter.Decision refused = limiter.decide(3, windowStart, windowStart.plusSeconds(10));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(50);
        assertThat(limiter.decide(3, windowStart, windowStart.plusMillis(59_001)).retryAfterSeconds())
                .as("a part of a second left counts as one").isEqualTo(1);
        assertThat(limiter.decide(3, windowStart, windowStart.plusSeconds(60)).retryAfterSeconds())
                .as("never 0").isEqualTo(1);
    }
}
