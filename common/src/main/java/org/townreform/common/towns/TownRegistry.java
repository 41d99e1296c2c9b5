package org.townreform.common.towns;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.error.ProblemException;
import org.townreform.common.error.Problems;
import org.townreform.common.id.TownCode;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Checks that the town a write names is recorded in personnel-service, the system of record for towns, before the write
 * changes anything. Answers are cached ({@link KnownTowns}; {@code townreform.town-registry.*}). When personnel-service
 * cannot be asked (down, slow, failing, or the breaker is open) the write is refused with 503
 * {@code TOWN_REGISTRY_UNAVAILABLE} and {@code Retry-After}, never let through unchecked, except for a town the registry
 * has already answered "recorded" to this service: that answer still stands.
 */
@ApplicationScoped
public class TownRegistry {
    private static final Logger LOG = Logger.getLogger(TownRegistry.class);

    private final TownRegistryClient client;
    private final KnownTowns known;
    private final long retryAfterSeconds;

    public TownRegistry(TownRegistryClient client, CommonConfig config) {
        CommonConfig.TownRegistry c = config.townRegistry();
        this.client = client;
        this.known = new KnownTowns(c.knownFor(), c.unknownFor(), c.maxEntries());
        this.retryAfterSeconds = Math.max(1, c.retryAfter().toSeconds());
    }

    /**
     * Succeeds when the town is recorded; fails with 422 {@code UNKNOWN_TOWN} when personnel-service has no such town,
     * 503 {@code TOWN_REGISTRY_UNAVAILABLE} when it cannot tell.
     */
    public Uni<Void> requireRecorded(String code) {
        return recorded(code).replaceWithVoid();
    }

    /**
     * The town as the registry records it ({@code code} and {@code name}), with the same checks, cache and refusals as
     * {@link #requireRecorded}: 422 {@code UNKNOWN_TOWN}, 503 {@code TOWN_REGISTRY_UNAVAILABLE}. When personnel-service
     * cannot be asked about a town it has recorded before, the name it gave then is answered.
     */
    public Uni<RegisteredTown> recorded(String code) {
        if (code == null || !code.matches(TownCode.REGEX)) {
            return Uni.createFrom().failure(Problems.invalid("townCode", "must be a 9-digit township division code"));
        }
        switch (known.answer(code)) {
            case RECORDED -> {
                String name = known.name(code);
                if (name != null) {
                    return Uni.createFrom().item(new RegisteredTown(code, name));
                }
                // recorded without its name: asked below
            }
            case NOT_RECORDED -> {
                return Uni.createFrom().failure(unknown(code));
            }
            case ASK -> {
                // asked below
            }
        }
        // The time limit fires on a timer thread: come back to the request's context before the transaction goes on.
        Context context = Vertx.currentContext();
        Uni<Optional<RegisteredTown>> call = client.lookup(code);
        if (context != null) {
            call = call.emitOn(task -> context.runOnContext(x -> task.run()));
        }
        return call.onItemOrFailure().transformToUni((town, failure) -> {
            if (failure == null) {
                if (town.isPresent()) {
                    known.recorded(code, town.get().name());
                    return Uni.createFrom().item(town.get());
                }
                known.notRecorded(code);
                return Uni.createFrom().failure(unknown(code));
            }
            if (known.recordedBefore(code)) {
                LOG.warnf("town registry did not answer about %s (%s); accepted: it answered before that the town is "
                        + "recorded", code, failure.toString());
                return Uni.createFrom().item(new RegisteredTown(code, known.name(code)));
            }
            LOG.warnf("town registry did not answer about %s: %s", code, failure.toString());
            return Uni.createFrom().failure(new TownRegistryUnavailableException(code, retryAfterSeconds));
        });
    }

    private static ProblemException unknown(String code) {
        return Problems.unprocessable("UNKNOWN_TOWN", "personnel-service, the registry of towns, has no town " + code
                + ": a town is recorded there first (POST /api/v1/towns, county-org); nothing was changed");
    }
}
