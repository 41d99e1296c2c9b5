package org.townreform.gateway.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's settings ({@code townreform.gateway.*}); defaults here, documented in the gateway's README. */
@ConfigMapping(prefix = "townreform.gateway")
public interface GatewayConfig {
    /** Deepest operation accepted (root fields are depth 1); the services use the same limit. */
    @WithDefault("12")
    int maxDepth();

    /** Most fields (fragments expanded) in one operation; the services use the same limit. */
    @WithDefault("2000")
    int maxComplexity();

    /** Per downstream call. */
    @WithDefault("2s")
    Duration timeout();

    /** Identical downstream requests in flight at the same time share one call. */
    @WithDefault("true")
    boolean coalescing();

    /** Parsed, validated and planned operations kept, by query text. */
    @WithDefault("1000")
    int planCacheSize();

    /** Persisted queries (automatic persisted queries) kept, by SHA-256. */
    @WithDefault("10000")
    int persistedQueries();

    /** Largest request body accepted, in bytes. */
    @WithDefault("262144")
    int maxBodyBytes();

    /** Connections per subgraph. */
    @WithDefault("64")
    int poolSize();

    Breaker breaker();

    /** The subgraphs by name: personnel, fiscal, license. */
    Map<String, Service> services();

    interface Service {
        /** The subgraph's GraphQL endpoint. */
        String url();

        /**
         * Where the breaker's probe asks whether the subgraph is ready; by default {@code /q/health/ready} on the
         * GraphQL endpoint's scheme, host and port.
         */
        Optional<String> readinessUrl();
    }

    interface Breaker {
        /** Consecutive failures that open a subgraph's breaker. */
        @WithDefault("5")
        int failureThreshold();

        /**
         * How long an open breaker refuses calls before it lets one trial call through when its readiness probes cannot
         * tell (a probe answering DOWN restarts this wait; one answering UP lets the trial go at once).
         */
        @WithDefault("5s")
        Duration openDuration();

        /** How often an open breaker asks the subgraph's readiness endpoint; 0 turns the probe off. */
        @WithDefault("250ms")
        Duration probeInterval();
    }
}
