package org.townreform.license.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A catalogue item an agreement covers. */
@Entity
@Table(name = "agreement_item")
public class AgreementItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agreement_id", nullable = false)
    public Long agreementId;

    @Column(name = "item_code", nullable = false)
    public String itemCode;
}
