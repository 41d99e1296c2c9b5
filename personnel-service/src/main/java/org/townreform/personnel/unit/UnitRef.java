package org.townreform.personnel.unit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.config.Descriptions;

/** A unit named from another record. */
@Type("UnitRef")
@Description("A unit named from another record: its id and name")
public record UnitRef(
        @Description(Descriptions.UNIT_ID) @Id long id,
        @Description("The unit's name") @Schema(example = "党政人大办公室") String name) {
}
