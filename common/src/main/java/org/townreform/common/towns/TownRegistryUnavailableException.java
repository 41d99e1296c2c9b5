package org.townreform.common.towns;

import org.townreform.common.error.ProblemException;

/**
 * 503 {@code TOWN_REGISTRY_UNAVAILABLE}: personnel-service could not say whether the town a write names is recorded, so
 * the write is refused; carries the {@code Retry-After} seconds (the problem mapper sends them).
 */
public class TownRegistryUnavailableException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public TownRegistryUnavailableException(String code, long retryAfterSeconds) {
        super(503, "TOWN_REGISTRY_UNAVAILABLE", "Service unavailable", "personnel-service, the registry of towns, did "
                + "not answer whether town " + code + " is recorded (it is down, slow or failing), so the write is "
                + "refused, not taken unchecked; nothing was changed. Try again in " + retryAfterSeconds + " seconds");
        retryAfter(retryAfterSeconds);
    }
}
