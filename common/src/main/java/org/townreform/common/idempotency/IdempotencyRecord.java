package org.townreform.common.idempotency;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The answer given to one {@code Idempotency-Key} of one caller, kept so a resent request gets it again. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {
    /** SHA-256 of caller and key. */
    @Id
    public String id;

    @Column(name = "idempotency_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String principal;

    /** SHA-256 of the operation and the request body: the same key with another request is refused. */
    @Column(nullable = false)
    public String fingerprint;

    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
