package org.townreform.common.events;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a county-wide caller gives to subscribe. */
@Schema(name = "NewWebhook", description = "A webhook to make")
public record NewWebhook(
        @Schema(description = "https URL the deliveries are POSTed to (no loopback or link-local address)", required = true, example = "https://gateway.province.example/hooks/townreform") @NotBlank @Size(max = OutboundUrls.MAX_LENGTH) String url,
        @Schema(description = "Event types to send (docs/events.md); leave out for every type of this service") @Size(max = 100) List<String> eventTypes,
        @Schema(description = "Towns whose events to send (9-digit codes); leave out for all") @Size(max = 500) List<String> towns,
        @Schema(description = "What it is for, for the people who look after it") @Size(max = 500) String description) {
}
