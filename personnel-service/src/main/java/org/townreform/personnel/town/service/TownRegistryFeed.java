package org.townreform.personnel.town.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.error.Problems;
import org.townreform.common.events.EventStore;
import org.townreform.common.events.FeedPosition;
import org.townreform.common.events.StoredEvent;
import org.townreform.personnel.town.PublicTownChanges;
import org.townreform.personnel.town.PublicTownView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * The public registry's changes: the town events of personnel-service's feed ({@link EventStore}, commit order, never
 * past an open transaction), each cut to the town's code and name, the public fields. fiscal-service and
 * license-service keep a copy of the registry from it (docs/events.md, "The town registry copy").
 */
@ApplicationScoped
public class TownRegistryFeed {
    public static final String CREATED = "cn.townreform.personnel.town.created";
    public static final String UPDATED = "cn.townreform.personnel.town.updated";
    /**
     * A town recorded without going through the API (demo data, rows before the event feed existed), written once by
     * the SQL function {@code town_registry_backfill()} (migration V1_6) with the data {@code {code, name, county,
     * category, pilot}}.
     */
    public static final String REGISTERED = "cn.townreform.personnel.town.registered";
    public static final List<String> TYPES = List.of(CREATED, UPDATED, REGISTERED);
    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 500;

    private final EventStore store;
    private final ObjectMapper json;

    public TownRegistryFeed(EventStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /**
     * Up to {@code limit} (1-500, default 200) changes after the cursor ({@code null}: from the first); 400
     * {@code INVALID_CURSOR} for a cursor that is not a place in this feed, 400 {@code VALIDATION_FAILED} for a limit
     * out of range.
     */
    public Uni<PublicTownChanges> changes(String after, Integer limit) {
        FeedPosition from = FeedPosition.of(after);
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (l < 1 || l > MAX_LIMIT) {
            throw Problems.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return store.after(from, TYPES, null, false, l + 1).map(rows -> {
            boolean more = rows.size() > l;
            List<StoredEvent> kept = more ? rows.subList(0, l) : rows;
            FeedPosition last = kept.isEmpty() ? from : kept.get(kept.size() - 1).position();
            return new PublicTownChanges(kept.stream().map(this::town).toList(), last.cursor(), more);
        });
    }

    private PublicTownView town(StoredEvent e) {
        try {
            JsonNode data = json.readTree(e.data());
            return new PublicTownView(data.path("code").asText(e.townCode()), data.path("name").asText(null));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event " + e.eventId() + " has data that is not JSON", ex);
        }
    }
}
