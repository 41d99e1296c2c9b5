package org.townreform.license.catalogue;

import java.math.BigDecimal;
import java.util.List;

/** A catalogue item as read from one valid row of an import file, ready to be upserted by code. */
public record ItemDraft(String code, String name, ItemKind kind, String department, String legalBasis,
        int statutoryDays, int promisedDays, List<Material> materials, BigDecimal fee) {
}
