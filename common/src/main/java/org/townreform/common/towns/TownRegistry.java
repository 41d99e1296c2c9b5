package org.townreform.common.towns;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * changes anything.
 * <ul>
 * <li>Where the service keeps a copy of the registry ({@code townreform.town-registry.follow=true},
 * {@link TownFeedFollower}), a town in the copy is recorded, with the copy's name, without asking.</li>
 * <li>Any other town is looked up in personnel-service's registry; answers are cached ({@link KnownTowns};
 * {@code townreform.town-registry.*}). A town newer than the copy is found this way.</li>
 * <li>When personnel-service cannot be asked (down, slow, failing, or the breaker is open): a town it has answered
 * "recorded" to before is still recorded; otherwise, where the copy has been read to the end of the registry's changes
 * at least once, its answer stands: the town is not recorded (422 {@code UNKNOWN_TOWN}, saying so and when the copy was
 * read); otherwise (no copy kept, or never read to its end) the write is refused with 503
 * {@code TOWN_REGISTRY_UNAVAILABLE} and {@code Retry-After}. Never let through unchecked.</li>
 * </ul>
 */
@ApplicationScoped
public class TownRegistry {
    private static final Logger LOG = Logger.getLogger(TownRegistry.class);

    private final TownRegistryClient client;
    private final KnownTowns known;
    private final TownCopy copy;
    private final ZoneId zone;
    private final long retryAfterSeconds;

    public TownRegistry(TownRegistryClient client, TownFeedFollower follower, CommonConfig config) {
        CommonConfig.TownRegistry c = config.townRegistry();
        this.client = client;
        this.known = new KnownTowns(c.knownFor(), c.unknownFor(), c.maxEntries());
        this.copy = follower.copy();
        this.zone = ZoneId.of(config.timeZone());
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
     * {@link #requireRecorded}: 422 {@code UNKNOWN_TOWN}, 503 {@code TOWN_REGISTRY_UNAVAILABLE}. A town in the copy is
     * answered with the copy's name; when personnel-service cannot be asked about a town it has recorded before, the
     * name it gave then is answered.
     */
    public Uni<RegisteredTown> recorded(String code) {
        if (code == null || !code.matches(TownCode.REGEX)) {
            return Uni.createFrom().failure(Problems.invalid("townCode", "must be a 9-digit township division code"));
        }
        String copied = copy.name(code);
        if (copied != null) {
            return Uni.createFrom().item(new RegisteredTown(code, copied));
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
            Instant readToEnd = copy.readToEnd();
            if (readToEnd != null) {
                LOG.warnf("town registry did not answer about %s (%s); refused: the copy of the registry, read to its "
                        + "end at %s, has no such town", code, failure.toString(), readToEnd);
                return Uni.createFrom().failure(notInCopy(code, readToEnd));
            }
            LOG.warnf("town registry did not answer about %s: %s", code, failure.toString());
            return Uni.createFrom().failure(new TownRegistryUnavailableException(code, retryAfterSeconds));
        });
    }

    private ProblemException notInCopy(String code, Instant readToEnd) {
        return Problems.unprocessable("UNKNOWN_TOWN", "personnel-service, the registry of towns, could not be asked "
                + "about town " + code + " (it is down, slow or failing), so the answer comes from this service's copy "
                + "of the registry, read to its end at " + readToEnd.atZone(zone).toOffsetDateTime()
                        .truncatedTo(ChronoUnit.SECONDS)
                + ": it has no town " + code + ". A town recorded there since is "
                + "accepted once the copy has read it or personnel-service answers again; nothing was changed");
    }

    private static ProblemException unknown(String code) {
        return Problems.unprocessable("UNKNOWN_TOWN", "personnel-service, the registry of towns, has no town " + code
                + ": a town is recorded there first (POST /api/v1/towns, county-org); nothing was changed");
    }
}
