package org.townreform.common.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.config.CommonConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;

/**
 * An outbox row as a CloudEvents 1.0 event in the JSON format (the CloudEvents Java SDK): {@code id}, {@code source}
 * ({@code /townreform/<service>-service}), {@code type}, {@code subject}, {@code time} (at the county's offset), {@code datacontenttype}
 * {@code application/json}, the extension attribute {@code town} (the 9-digit town code, absent for a county-wide
 * record) and {@code data}, the record's view after the change. The same bytes go to the feed and to webhooks.
 */
@ApplicationScoped
public class CloudEventJson {
    /** The media type of one event in the structured JSON mode. */
    public static final String MEDIA_TYPE = JsonFormat.CONTENT_TYPE;
    /** The extension attribute that names the town. */
    public static final String TOWN = "town";

    private final EventPublisher publisher;
    private final ObjectMapper json;
    private final JsonFormat format = new JsonFormat();
    private final ZoneId zone;

    public CloudEventJson(EventPublisher publisher, ObjectMapper json, CommonConfig config) {
        this.publisher = publisher;
        this.json = json;
        this.zone = ZoneId.of(config.timeZone());
    }

    public String source() {
        return "/townreform/" + publisher.service() + "-service";
    }

    public CloudEvent event(StoredEvent e) {
        try {
            CloudEventBuilder b = CloudEventBuilder.v1().withId(e.eventId().toString())
                    .withSource(URI.create(source())).withType(e.type()).withSubject(e.subject())
                    .withTime(e.occurredAt().atZoneSameInstant(zone).toOffsetDateTime()).withDataContentType("application/json")
                    .withData(JsonCloudEventData.wrap(json.readTree(e.data())));
            if (e.townCode() != null) {
                b.withExtension(TOWN, e.townCode());
            }
            return b.build();
        } catch (IOException x) {
            throw new UncheckedIOException("event " + e.eventId() + " holds no JSON", x);
        }
    }

    /** The event as the JSON a webhook receives (structured mode, {@link #MEDIA_TYPE}). */
    public byte[] bytes(StoredEvent e) {
        return format.serialize(event(e));
    }

    /** The event as a JSON object, for a page of the feed. */
    public ObjectNode node(StoredEvent e) {
        try {
            return (ObjectNode) json.readTree(bytes(e));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
