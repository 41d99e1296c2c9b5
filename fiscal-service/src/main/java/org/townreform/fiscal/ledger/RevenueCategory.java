package org.townreform.fiscal.ledger;

/**
 * What a ledger entry counts (收入类别, SPEC §3.1). Every category is money in yuan except {@link #FARMLAND_RECLAIMED_MU},
 * which is a quantity of reclaimed farmland in mu (亩), kept to 0.01 mu.
 */
public enum RevenueCategory {
    /** 原有企业税收地方部分. */
    TAX_EXISTING,
    /** 新增企业税收地方部分. */
    TAX_NEW_ENTERPRISE,
    /** 土地出让净收益. */
    LAND_TRANSFER_NET,
    /** 行政事业性规费. */
    ADMIN_FEES,
    /** 矿业权价款 (县级留成部分). */
    MINING_RIGHTS,
    /** 社会抚养费. */
    SOCIAL_SUPPORT_FEE,
    /** 基础设施配套费. */
    INFRA_FEE,
    /** 新增耕地: mu, not yuan. */
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
