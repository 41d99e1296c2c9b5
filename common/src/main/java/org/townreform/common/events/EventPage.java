package org.townreform.common.events;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A page of a service's event feed. */
@Schema(name = "EventPage", description = "Events in the order they committed, and where to go on from")
public record EventPage(
        @Schema(description = "CloudEvents 1.0 in the JSON format, oldest first", implementation = CloudEventDoc[].class) List<ObjectNode> events,
        @Schema(description = "Pass as after to read the events that follow; given on every page (the last one too), "
                + "so a reader keeps it and asks again later", required = true) String cursor,
        @Schema(description = "True when more events follow now; false when the feed is read to its end for the moment", required = true) boolean more) {

    /** The shape of one event in {@link EventPage#events()}, for the OpenAPI document. */
    @Schema(name = "CloudEvent", description = "A CloudEvents 1.0 event, JSON format (docs/events.md has every type)")
    public record CloudEventDoc(
            @Schema(description = "Always 1.0", required = true, example = "1.0") String specversion,
            @Schema(description = "The event's own id (a UUID): the same in the feed and at every webhook delivery, "
                    + "so a receiver drops a repeat by it", required = true) String id,
            @Schema(description = "The service that published it", required = true, example = "/townreform/license-service") String source,
            @Schema(description = "cn.townreform.<service>.<entity>.<change>", required = true, example = "cn.townreform.license.application.accepted") String type,
            @Schema(description = "<entity>/<id> of the record that changed", required = true, example = "application/42") String subject,
            @Schema(description = "When the change was made (the county's offset)", required = true, example = "2026-03-02T09:30:00+08:00") String time,
            @Schema(description = "Always application/json", required = true, example = "application/json") String datacontenttype,
            @Schema(description = "Extension attribute: the 9-digit code of the town the record belongs to; absent for a "
                    + "county-wide record", example = "441900113") String town,
            @Schema(description = "The record's view after the change, as the service's REST API shows it", required = true) Object data) {
    }
}
