package org.townreform.license.catalogue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An item of the catalogue of delegated powers (权限事项目录): a power a department may hand down to towns, with its time
 * limits in working days (法定时限 and the shorter 承诺时限), the materials an applicant hands in and the fee.
 */
@Entity
@Table(name = "catalogue_item")
public class CatalogueItem {
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemKind kind;

    /** The authorising department, exactly as agreements and the {@code dept} claim name it. */
    @Column(nullable = false)
    public String department;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "statutory_days", nullable = false)
    public int statutoryDays;

    @Column(name = "promised_days", nullable = false)
    public int promisedDays;

    /** JSON: {@code [{"name": "...", "required": true}]}. */
    @Column(nullable = false)
    public String materials;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal fee;

    /** Where the item came from: IMPORT, DEMO. */
    @Column(nullable = false)
    public String source;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
