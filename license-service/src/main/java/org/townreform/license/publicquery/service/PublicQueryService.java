package org.townreform.license.publicquery.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.time.BusinessClock;
import org.townreform.license.application.ApplicationState;
import org.townreform.license.application.ApplicationView;
import org.townreform.license.application.service.ApplicationViews;
import org.townreform.license.config.LicenseConfig;
import org.townreform.license.publicquery.PublicApplicationView;
import org.townreform.license.publicquery.RateLimitedException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The public status query (SPEC §4.6): no login, rate-limited per client address, nothing personal in the answer. */
@ApplicationScoped
public class PublicQueryService {
    private final PublicAccess access;
    private final ApplicationViews views;
    private final BusinessClock clock;
    private final RateLimiter limiter;

    public PublicQueryService(PublicAccess access, ApplicationViews views, BusinessClock clock, LicenseConfig config) {
        this.access = access;
        this.views = views;
        this.clock = clock;
        this.limiter = new RateLimiter(config.publicQuery().requestsPerWindow(), config.publicQuery().window());
    }

    /** Counts a public request from {@code address}; 429 {@code RATE_LIMITED} past the limit. */
    public void admit(String address) {
        RateLimiter.Decision d = limiter.attempt(address == null ? "unknown" : address, Instant.now());
        if (!d.allowed()) {
            throw new RateLimitedException(d.retryAfterSeconds());
        }
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
