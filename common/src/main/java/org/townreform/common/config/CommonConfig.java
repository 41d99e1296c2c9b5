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
}
