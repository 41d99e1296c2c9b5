package org.townreform.license.catalogue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;

/** A catalogue item as callers read it. */
@Type("CatalogueItem")
@Description("An item of the catalogue of delegated powers (权限事项)")
public record ItemView(
        @Description("事项编码, unique") String code,
        String name,
        ItemKind kind,
        @Description("The authorising department") String department,
        @Description("设定依据") String legalBasis,
        @Description("法定时限, working days") int statutoryDays,
        @Description("承诺时限, working days (never above statutoryDays)") int promisedDays,
        List<Material> materials,
        @Description("Fee in yuan, a decimal string") @NumberFormat("0.00") BigDecimal fee,
        OffsetDateTime updatedAt,
        long version) {
}
