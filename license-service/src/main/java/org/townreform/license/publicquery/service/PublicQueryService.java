package org.townreform.license.publicquery.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.time.BusinessClock;
import org.townreform.license.application.ApplicationState;
import org.townreform.license.application.ApplicationView;
import org.townreform.license.application.service.ApplicationViews;
import org.townreform.license.config.LicenseConfig;
import org.townreform.license.publicquery.PublicApplicationView;
import org.townreform.license.publicquery.RateLimitedException;
import org.townreform.license.publicquery.repository.PublicRateLimitStore;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The public status query: no login, rate-limited per client address (one limit across replicas, counted in
 * PostgreSQL), nothing personal in the answer.
 */
@ApplicationScoped
public class PublicQueryService {
    private final PublicAccess access;
    private final ApplicationViews views;
    private final BusinessClock clock;
    private final RateLimiter limiter;
    private final PublicRateLimitStore counts;

    public PublicQueryService(PublicAccess access, ApplicationViews views, BusinessClock clock, LicenseConfig config,
            PublicRateLimitStore counts) {
        this.access = access;
        this.views = views;
        this.clock = clock;
        this.limiter = new RateLimiter(config.publicQuery().requestsPerWindow(), config.publicQuery().window());
        this.counts = counts;
    }

    /** Counts a public request from {@code address}; fails with 429 {@code RATE_LIMITED} past the limit. */
    public Uni<Void> admit(String address) {
        return counts.count(clientKey(address), limiter.window()).map(c -> {
            RateLimiter.Decision d = limiter.decide(c.requests(), c.windowStart(), c.countedAt());
            if (!d.allowed()) {
                throw new RateLimitedException(d.retryAfterSeconds());
            }
            return null;
        });
    }

    static String clientKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        return address.length() > 100 ? address.substring(0, 100) : address;
    }

    @WithSession
    public Uni<PublicApplicationView> status(String number, String code) {
        return access.require(number, code).flatMap(a -> views.one(a, clock.today())).map(PublicQueryService::strip);
    }

    static PublicApplicationView strip(ApplicationView v) {
        ApplicationView.Decision d = v.decision();
        ApplicationView.Clock c = v.clock();
        boolean open = v.state().open();
        return new PublicApplicationView(v.number(), v.itemCode(), v.itemName(), v.department(), v.state(),
                v.submittedOn(), v.acceptedOn(), c == null ? null : c.deadline(), c != null && c.provisional(),
                open && c != null ? c.workingDaysLeft() : null, open && c != null ? c.light() : null,
                v.state() == ApplicationState.SUPPLEMENT_REQUESTED && v.supplement() != null
                        ? v.supplement().missing()
                        : v.missingMaterials(),
                d == null
                        ? null
                        : new PublicApplicationView.Decision(d.outcome(), d.decidedOn(), d.number(), d.reason(),
                                d.issuedInNameOf()),
                v.asOf());
    }
}
