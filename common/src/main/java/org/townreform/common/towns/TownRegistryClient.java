package org.townreform.common.towns;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * Asks personnel-service's registry whether a town is recorded, with a time limit and a circuit breaker and no fallback:
 * a 404 is an answer ("no such town", empty), while no answer in time, a refused connection, a 5xx or an answer about
 * another code is a failure that reaches {@link TownRegistry}, which decides what the write may do without an answer.
 * Configurable with the Quarkus Fault Tolerance keys (milliseconds, as the annotations declare them), e.g.
 * {@code quarkus.fault-tolerance."org.townreform.common.towns.TownRegistryClient/lookup".timeout.value=2000}.
 */
@ApplicationScoped
public class TownRegistryClient {
    /** The breaker's name, for {@code CircuitBreakerMaintenance} (state, reset) and the fault-tolerance metrics. */
    public static final String BREAKER = "personnel-town-registry";

    private final TownRegistryApi api;

    public TownRegistryClient(@RestClient TownRegistryApi api) {
        this.api = api;
    }

    @AsynchronousNonBlocking
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @CircuitBreakerName(BREAKER)
    public Uni<Optional<RegisteredTown>> lookup(String code) {
        return api.town(code)
                .map(town -> {
                    if (town == null || !code.equals(town.code())) {
                        throw new IllegalStateException("the town registry answered about "
                                + (town == null ? "nothing" : town.code()) + " when asked about " + code);
                    }
                    return Optional.of(town);
                })
                .onFailure(TownRegistryClient::notFound).recoverWithItem(Optional.empty());
    }

    /**
     * A page of the registry's changes after the cursor, for {@link TownFeedFollower}: a time limit, no breaker (it is
     * asked once per round whatever the answer) and no fallback, any failure (a 400 for a cursor it does not know
     * included) reaches the follower. Its time limit is the key
     * {@code quarkus.fault-tolerance."org.townreform.common.towns.TownRegistryClient/changes".timeout.value}.
     */
    @AsynchronousNonBlocking
    @Timeout(5000)
    public Uni<TownChanges> changes(String after, int limit) {
        return api.changes(after, limit).map(page -> {
            if (page == null || page.towns() == null || page.cursor() == null) {
                throw new IllegalStateException("the town registry's changes came without towns or cursor");
            }
            return page;
        });
    }

    private static boolean notFound(Throwable t) {
        return t instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() == 404;
    }
}
