package org.townreform.common.events;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A webhook: where to send which events of this service, and with which secrets they are signed. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {
    public enum Status {
        ACTIVE, PAUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String url;

    /** Comma-separated; empty for every type. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes = "";

    /** Comma-separated; empty for every town. */
    @Column(name = "town_codes", nullable = false)
    public String townCodes = "";

    public String description;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status = Status.ACTIVE;

    @Column(name = "paused_reason")
    public String pausedReason;

    @Column(name = "paused_at")
    public OffsetDateTime pausedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public List<String> eventTypeList() {
        return split(eventTypes);
    }

    public List<String> townList() {
        return split(townCodes);
    }

    static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }
}
