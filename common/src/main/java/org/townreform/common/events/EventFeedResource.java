package org.townreform.common.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.townreform.common.error.Problems;
import org.townreform.common.id.TownCode;
import org.townreform.common.paging.PageRequest;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;

import io.smallrye.mutiny.Uni;

/**
 * {@code GET /api/v1/events}: the service's events in commit order, resumable from any cursor, scoped like the data: a
 * town role reads its own town's events only, a county-wide role every town's (or one, with {@code town}).
 */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Every audited change as a CloudEvent: the pull feed and webhooks (docs/events.md)")
public class EventFeedResource {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final EventStore store;
    private final CloudEventJson cloudEvents;
    private final Caller caller;
    private final EventPublisher publisher;

    public EventFeedResource(EventStore store, CloudEventJson cloudEvents, Caller caller, EventPublisher publisher) {
        this.store = store;
        this.cloudEvents = cloudEvents;
        this.caller = caller;
        this.publisher = publisher;
    }

    @GET
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    @Operation(operationId = "readEvents", summary = "Events after a cursor, oldest first (the pull feed)", description = "Start without after; keep the cursor of each page and ask again with it. An event that "
            + "commits late is never passed over: the feed stops short of a transaction still open.")
    public Uni<EventPage> read(
            @Parameter(description = "The cursor of the last page read; leave out to start from the first event") @QueryParam("after") String after,
            @Parameter(description = "Only these event types (repeat the parameter or separate by commas)") @QueryParam("type") List<String> type,
            @Parameter(description = "Only this town's events (9-digit code); a town role reads its own town only", schema = @Schema(type = SchemaType.STRING, pattern = TownCode.REGEX)) @QueryParam("town") String town,
            @Parameter(description = "At most this many events (1-500, default 100)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("limit") Integer limit) {
        FeedPosition from = FeedPosition.of(after);
        int l = PageRequest.of(limit, null, DEFAULT_LIMIT, MAX_LIMIT).limit();
        if (town != null && !town.matches(TownCode.REGEX)) {
            throw Problems.invalid("town", "must be a 9-digit township division code");
        }
        Optional<String> scope = caller.townScope();
        if (scope.isPresent() && town != null && !scope.get().equals(town)) {
            throw Caller.outOfScope(town);
        }
        String onlyTown = scope.orElse(town);
        List<String> types = scoped(types(type), publisher.readable(caller.roles()));
        return store.after(from, types, onlyTown, false, l + 1).map(rows -> {
            boolean more = rows.size() > l;
            List<StoredEvent> kept = more ? rows.subList(0, l) : rows;
            FeedPosition last = kept.isEmpty() ? from : kept.get(kept.size() - 1).position();
            return new EventPage(kept.stream().map(cloudEvents::node).toList(), last.cursor(), more);
        });
    }

    /**
     * The types asked for within those the caller's roles may read ({@code readable}, null for all): all the readable
     * ones when none is asked for; 403 {@code FORBIDDEN} for one asked for that the roles may not read.
     */
    static List<String> scoped(List<String> asked, List<String> readable) {
        if (readable == null) {
            return asked;
        }
        if (asked.isEmpty()) {
            return readable;
        }
        for (String t : asked) {
            if (!readable.contains(t)) {
                throw Problems.forbidden("FORBIDDEN", "Your role does not read " + t + " events (nor the records "
                        + "they carry)");
            }
        }
        return asked;
    }

    static List<String> types(List<String> given) {
        List<String> out = new ArrayList<>();
        if (given != null) {
            for (String g : given) {
                for (String t : g.split(",")) {
                    String s = t.strip();
                    if (!s.isEmpty()) {
                        if (s.length() > 120 || !s.matches("[a-z0-9.-]+")) {
                            throw Problems.invalid("type", "an event type is lower-case letters, digits, dots and "
                                    + "hyphens (e.g. cn.townreform.license.application.accepted)");
                        }
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }
}
