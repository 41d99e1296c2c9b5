package org.townreform.personnel.staffing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.config.Descriptions;
import org.townreform.personnel.unit.UnitKind;

/** Staffing of one unit: each quota, contract staff (no quota) and the total of the two quotas. */
@Type("UnitStaffing")
@Description("Staffing of one unit on a day: each quota with its occupied and vacant slots, contract staff and the total")
public record StaffingLine(
        @Description(Descriptions.UNIT_ID) @Id long unitId,
        @Description("The unit's name") @Schema(example = "党政人大办公室") String unitName,
        @Description("机构类别 of the unit") UnitKind kind,
        @Description("行政编制") QuotaFigures administrative,
        @Description("事业编制") QuotaFigures institution,
        @Description("聘用/编外 staff registered (they occupy no quota)") int contract,
        @Description("administrative + institution") QuotaFigures total) {
}
