package org.townreform.common.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings every service shares, under {@code townreform.*}. */
@ConfigMapping(prefix = "townreform")
public interface CommonConfig {
    /** The county's time zone: what "today" means for deadlines and defaults. */
    @WithDefault("Asia/Shanghai")
    String timeZone();

    Calendar calendar();

    /** Folder of the development signing key ({@code public.pem}) that dev, test and local runs trust. */
    @WithDefault("../deploy/local/dev-keys")
    String devKeys();

    Jwt jwt();

    /**
     * Proxies (addresses or CIDRs) whose {@code X-Forwarded-For} is believed for the client address; anything else
     * counts as the client itself. {@code quarkus.http.proxy.trusted-proxies} takes this value (common config).
     */
    @WithDefault("127.0.0.0/8,::1/128")
    java.util.List<String> trustedProxies();

    interface Jwt {
        /** The issuer ({@code iss}) tokens must carry. */
        @WithDefault("https://townreform.local/dev")
        String issuer();
    }

    Paging paging();

    Demo demo();

    interface Demo {
        /** Load the demo data at start (the run command turns it on; production never does). */
        @WithDefault("false")
        boolean enabled();

        /** Classpath SQL scripts, run in order, each idempotent. */
        @WithDefault("demo/calendar.sql")
        java.util.List<String> scripts();
    }

    TownRegistry townRegistry();

    /**
     * The check of the towns a write names against personnel-service's public registry (fiscal-service and
     * license-service; {@code org.townreform.common.towns.TownRegistry}).
     */
    interface TownRegistry {
        /** How long the registry's "this town is recorded" is taken as it stands before asking again. */
        @WithDefault("10m")
        Duration knownFor();

        /** How long its "no such town" stands: short, so a town recorded meanwhile is soon accepted. */
        @WithDefault("30s")
        Duration unknownFor();

        /** The {@code Retry-After} of a write refused because the registry did not answer (the breaker's delay). */
        @WithDefault("10s")
        Duration retryAfter();

        /** The most answers kept; past it, "no such town" answers are dropped first. */
        @WithDefault("10000")
        int maxEntries();

        /**
         * Keep a copy of the registry, read from personnel-service's feed of its changes
         * ({@code org.townreform.common.towns.TownFeedFollower}; docs/events.md): fiscal-service and license-service
         * set it. Off, the check asks personnel-service as it always did.
         */
        @WithDefault("false")
        boolean follow();

        /** How often the copy reads the changes that follow its cursor. */
        @WithDefault("2s")
        Duration followEvery();

        /** Changes asked for at a time (1-500); a read goes on page after page while more follow. */
        @WithDefault("200")
        int followPageSize();
    }

    interface Calendar {
        /** How long a service keeps the loaded calendars in memory before reading them again. */
        @WithDefault("60s")
        Duration cacheTtl();
    }

    interface Paging {
        /** Page size when the caller gives no {@code limit}. */
        @WithDefault("50")
        int defaultLimit();

        /** The largest {@code limit} accepted. */
        @WithDefault("200")
        int maxLimit();
    }

    Events events();

    /** The event feed and webhook deliveries ({@code org.townreform.common.events}; docs/events.md). */
    interface Events {
        /** Whether this replica sends webhook deliveries (every replica may; they share the work). */
        @WithDefault("true")
        boolean dispatch();

        /** How often a replica looks for deliveries that are due. */
        @WithDefault("1s")
        Duration dispatchEvery();

        /** Deliveries a replica takes at a time. */
        @WithDefault("20")
        int dispatchBatch();

        /** How long a replica holds a delivery it took; past it, another replica may send it (the sender died). */
        @WithDefault("60s")
        Duration lease();

        /** The time a receiver has to answer one delivery. */
        @WithDefault("10s")
        Duration timeout();

        /** The delay before the first retry; each next one doubles (with jitter). */
        @WithDefault("10s")
        Duration firstRetry();

        /** The longest delay between two attempts. */
        @WithDefault("4h")
        Duration maxRetryDelay();

        /** How long a delivery is retried before it is given up and its subscription paused. */
        @WithDefault("24h")
        Duration retryFor();

        /** How long the previous secret still signs deliveries after a rotation. */
        @WithDefault("24h")
        Duration previousSecretValidFor();

        /**
         * Allow {@code http} and loopback webhook URLs (the dev, test and local profiles); production allows only
         * {@code https} outside loopback and link-local addresses.
         */
        @WithDefault("false")
        boolean insecureUrlsAllowed();

        /**
         * Refuse to publish an event whose type is not in the service's {@code EventCatalogue} or whose data is not of
         * the listed class (tests); otherwise it is published and the gap logged.
         */
        @WithDefault("false")
        boolean strictCatalogue();
    }
}
