package org.townreform.personnel.appointment;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person due for rotation (定期轮岗): in the same leading post longer than the configured years. */
@Type("RotationDue")
@Description("A person due for rotation (定期轮岗): holding the same leading post longer than personnel.rotation-years "
        + "(default 5) on asOf")
public record RotationDue(
        @Id @Description("Id of the person holding the post (Person.id)") @Schema(example = "90101") long personId,
        @Description("The person's name as recorded now") @Schema(example = "林国强") String personName,
        @Id @Description("Id of the unit of the post (OrgUnit.id)") long unitId,
        @Description("The unit's name as recorded now") @Schema(example = "党政人大办公室") String unitName,
        @Description("Title of the leading post held (职务)") @Schema(example = "党政人大办公室主任") String postTitle,
        @Description("Held since: the day the post started") LocalDate since,
        @Description("The first day the post had been held longer than rotationYears: the day after the anniversary") LocalDate dueSince,
        @Description("Whole years held on asOf") int yearsHeld) {
}
