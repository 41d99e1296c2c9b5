package org.townreform.license.publicquery;

import org.townreform.common.error.ProblemException;

/** 429 {@code RATE_LIMITED}: too many public requests from one address; carries the {@code Retry-After} seconds. */
public class RateLimitedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public RateLimitedException(long retryAfterSeconds) {
        super(429, "RATE_LIMITED", "Too many requests",
                "Too many requests from your address; try again in " + retryAfterSeconds + " seconds");
        retryAfter(retryAfterSeconds);
    }
}
