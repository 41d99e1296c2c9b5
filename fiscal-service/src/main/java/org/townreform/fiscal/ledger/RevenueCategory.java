package org.townreform.fiscal.ledger;

import org.eclipse.microprofile.graphql.Description;

/**
 * What a ledger entry counts (收入类别, SPEC §3.1). Every category is money in yuan except {@link #FARMLAND_RECLAIMED_MU},
 * which is a quantity of reclaimed farmland in mu (亩), kept to 0.01 mu.
 */
@Description("What a ledger entry counts (收入类别): money in yuan, except FARMLAND_RECLAIMED_MU, a quantity in mu (亩)")
public enum RevenueCategory {
    /** 原有企业税收地方部分. */
    @Description("Tax of the existing enterprises, local part (原有企业税收地方部分), yuan")
    TAX_EXISTING,
    /** 新增企业税收地方部分. */
    @Description("Tax of new enterprises, local part (新增企业税收地方部分), yuan")
    TAX_NEW_ENTERPRISE,
    /** 土地出让净收益. */
    @Description("Net proceeds of land transfers (土地出让净收益), yuan")
    LAND_TRANSFER_NET,
    /** 行政事业性规费. */
    @Description("Administrative fees (行政事业性规费), yuan")
    ADMIN_FEES,
    /** 矿业权价款 (县级留成部分). */
    @Description("Mining rights proceeds, the part the county retains (矿业权价款县级留成部分), yuan; returned at no less than fiscal.mining-rights-minimum-rate (50%)")
    MINING_RIGHTS,
    /** 社会抚养费. */
    @Description("Social support fees (社会抚养费), yuan")
    SOCIAL_SUPPORT_FEE,
    /** 基础设施配套费. */
    @Description("Infrastructure fees (基础设施配套费), yuan")
    INFRA_FEE,
    /** 新增耕地: mu, not yuan. */
    @Description("Newly reclaimed farmland (新增耕地): a quantity in mu to 0.01, not yuan; only a PER_UNIT rule turns it into yuan")
    FARMLAND_RECLAIMED_MU;

    /** True for a quantity (mu), false for money (yuan). */
    public boolean isQuantity() {
        return this == FARMLAND_RECLAIMED_MU;
    }

    /** The unit the amount is in: {@code YUAN} or {@code MU}. */
    public String unit() {
        return isQuantity() ? "MU" : "YUAN";
    }
}
