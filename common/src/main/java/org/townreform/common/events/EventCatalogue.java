package org.townreform.common.events;

import java.util.List;
import java.util.Set;

import org.townreform.common.calendar.CalendarView;

/**
 * The event types a service publishes, each with what it means and the class of its {@code data} (the record's REST
 * view after the change). Each service has one bean of it; the JSON Schema per type ({@code contracts/events/}) and
 * the catalogue in docs/events.md are made from it, and in tests a published event whose type is not listed, or
 * whose data is not of the listed class, fails the write ({@code townreform.events.strict-catalogue}).
 */
public interface EventCatalogue {

    /**
     * One type: its full name, a sentence on the change, the class its data is, and the roles that may read it (those
     * that may read the record itself; every role when {@code readers} is empty). A town role reads only its own
     * town's events whatever the type.
     */
    record Type(String type, String description, Class<?> data, Set<String> readers) {
        public Type(String type, String description, Class<?> data) {
            this(type, description, data, Set.of());
        }

        /** True when a caller with these roles may read events of this type. */
        public boolean readableBy(Set<String> roles) {
            return readers.isEmpty() || roles.stream().anyMatch(readers::contains);
        }
    }

    /** This service's types, besides the ones every service publishes ({@link #common}). */
    List<Type> types();

    /** Types every service publishes (its webhooks and, where it keeps them, the working-day calendars). */
    static List<Type> common(String service) {
        String p = EventTypes.PREFIX + service + ".";
        return List.of(
                new Type(p + "webhook.created", "A webhook subscription was made", WebhookView.class),
                new Type(p + "webhook.secret-rotated", "A webhook's signing secret was rotated", WebhookView.class),
                new Type(p + "webhook.paused", "A webhook was paused by hand", WebhookView.class),
                new Type(p + "webhook.resumed", "A webhook was resumed", WebhookView.class),
                new Type(p + "webhook.deleted", "A webhook was removed (data: empty)", Void.class),
                new Type(p + "calendar-year.loaded", "A year's working-day calendar was loaded",
                        CalendarView.class),
                new Type(p + "calendar-year.replaced", "A year's working-day calendar was replaced",
                        CalendarView.class));
    }
}
