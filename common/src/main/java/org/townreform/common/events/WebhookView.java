package org.townreform.common.events;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as its owners read it; its secret is shown only when made or rotated. */
@Schema(name = "Webhook", description = "A webhook subscription: where this service sends which events")
public record WebhookView(
        @Schema(required = true) long id,
        @Schema(description = "Where deliveries are POSTed", required = true, example = "https://gateway.province.example/hooks/townreform") String url,
        @Schema(description = "The event types sent; empty for every type of this service", required = true) List<String> eventTypes,
        @Schema(description = "The towns whose events are sent; empty for every town (and county-wide records)", required = true) List<String> towns,
        String description,
        @Schema(description = "ACTIVE, or PAUSED (deliveries wait; see pausedReason)", required = true, enumeration = {
                "ACTIVE", "PAUSED"}) String status,
        @Schema(description = "Why it was paused (deliveries failing for the retry period, or paused by hand)") String pausedReason,
        OffsetDateTime pausedAt,
        @Schema(description = "Until when the secret before the last rotation still signs deliveries too; null when only one is valid") OffsetDateTime previousSecretValidUntil,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(description = "The record's version", required = true) long version){

    static WebhookView of(WebhookSubscription s, OffsetDateTime now) {
        OffsetDateTime until = s.previousSecret != null && s.previousSecretUntil != null
                && s.previousSecretUntil.isAfter(now) ? s.previousSecretUntil : null;
        return new WebhookView(s.id, s.url, s.eventTypeList(), s.townList(), s.description, s.status.name(),
                s.pausedReason, s.pausedAt, until, s.createdBy, s.createdAt, s.version);
    }

    /** A subscription just made, or whose secret was just rotated: the one time its secret is shown. */
    @Schema(name = "WebhookWithSecret", description = "A webhook and its signing secret, shown this once: keep it")
    public record WithSecret(@Schema(required = true) WebhookView webhook,
            @Schema(description = "The signing secret (whsec_ and base64), Standard Webhooks form", required = true, example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }
}
