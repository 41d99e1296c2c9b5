package org.townreform.personnel.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A quota and how it is used: occupied and vacant slots and the vacancy rate (vacant ÷ quota, two decimals, HALF_UP;
 * "0.00" when the quota is 0).
 */
@Type("QuotaFigures")
@Description("A quota (编制) and how it is used on the day: occupied and vacant slots and the vacancy rate")
public record QuotaFigures(
        @Description("Approved slots in force on the day") int quota,
        @Description("Slots occupied by the registrations active on the day") int occupied,
        @Description("quota − occupied, never below 0") int vacant,
        @NumberFormat("0.00") @Description("vacant ÷ quota, a decimal string such as \"0.25\" (two decimals, HALF_UP; "
                + "\"0.00\" for a quota of 0)") @Schema(example = "\"0.10\"") BigDecimal vacancyRate) {

    public static final QuotaFigures ZERO = of(0, 0);

    public static QuotaFigures of(int quota, int occupied) {
        int vacant = Math.max(0, quota - occupied);
        BigDecimal rate = quota == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(vacant).divide(BigDecimal.valueOf(quota), 2, RoundingMode.HALF_UP);
        return new QuotaFigures(quota, occupied, vacant, rate);
    }

    /** Sums quotas and occupied slots; the rate is recomputed on the sums (never averaged). */
    public QuotaFigures plus(QuotaFigures o) {
        return of(quota + o.quota, occupied + o.occupied);
    }
}
