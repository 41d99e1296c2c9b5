package org.townreform.personnel.staffing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Staffing summed over units. */
@Type("StaffingTotals")
@Description("Staffing summed over units: quotas and occupied slots summed, vacancy rates recomputed on the sums (never "
        + "averaged)")
public record StaffingTotals(
        @Description("行政编制 summed") QuotaFigures administrative,
        @Description("事业编制 summed") QuotaFigures institution,
        @Description("聘用/编外 staff registered (they occupy no quota)") int contract,
        @Description("administrative + institution") QuotaFigures total) {

    public static final StaffingTotals ZERO = new StaffingTotals(QuotaFigures.ZERO, QuotaFigures.ZERO, 0,
            QuotaFigures.ZERO);

    public StaffingTotals plus(StaffingLine l) {
        return new StaffingTotals(administrative.plus(l.administrative()), institution.plus(l.institution()),
                contract + l.contract(), total.plus(l.total()));
    }
}
