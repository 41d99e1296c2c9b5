package org.townreform.personnel.town;

import org.eclipse.microprofile.graphql.Description;

/** How a town is classed for its organisation: 一般镇, 较大镇, 街道. */
@Description("How a town is classed for its organisation; decides its default limit on internal offices and bureaus "
        + "(a pilot town's is personnel.max-internal-offices.pilot, 10, whatever its category)")
public enum TownCategory {
    @Description("一般镇: an ordinary town (default limit personnel.max-internal-offices.ordinary-town, 6)")
    ORDINARY_TOWN, @Description("较大镇: a larger town (default limit personnel.max-internal-offices.larger-town, 8)")
    LARGER_TOWN, @Description("街道: a subdistrict (default limit personnel.max-internal-offices.subdistrict, 6)")
    SUBDISTRICT
}
