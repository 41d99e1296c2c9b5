package org.townreform.personnel.staffing;

import org.eclipse.microprofile.graphql.Type;

/** Staffing summed over units. */
@Type("StaffingTotals")
public record StaffingTotals(QuotaFigures administrative, QuotaFigures institution, int contract, QuotaFigures total) {

    public static final StaffingTotals ZERO = new StaffingTotals(QuotaFigures.ZERO, QuotaFigures.ZERO, 0,
            QuotaFigures.ZERO);

    public StaffingTotals plus(StaffingLine l) {
        return new StaffingTotals(administrative.plus(l.administrative()), institution.plus(l.institution()),
                contract + l.contract(), total.plus(l.total()));
    }
}
