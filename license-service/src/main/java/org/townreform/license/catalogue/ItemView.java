package org.townreform.license.catalogue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalogue item as callers read it. */
@Type("CatalogueItem")
@Description("An item of the catalogue of delegated powers (权限事项)")
public record ItemView(
        @Description("事项编码, unique") @Schema(example = "DG-CG-001") String code,
        @Description("事项名称: the item's name as the catalogue gives it") @Schema(example = "城市道路挖掘许可") String name,
        @Description("事项类型: what kind of power the item is") ItemKind kind,
        @Description("The authorising department") @Schema(example = "东莞市城市管理综合执法局") String department,
        @Description("设定依据") @Schema(example = "《城市道路管理条例》第三十条") String legalBasis,
        @Description("法定时限, working days") int statutoryDays,
        @Description("承诺时限, working days (never above statutoryDays)") int promisedDays,
        @Description("申请材料: the materials an applicant hands in, required and optional, in catalogue order") List<Material> materials,
        @Description("Fee in yuan, a decimal string") @NumberFormat("0.00") BigDecimal fee,
        @Description("When the item was last created or changed by a catalogue import, at +08:00") OffsetDateTime updatedAt,
        @Description("Version of the stored item, raised by each import that changes it") long version) {
}
