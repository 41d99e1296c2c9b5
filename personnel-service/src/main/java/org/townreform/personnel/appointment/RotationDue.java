package org.townreform.personnel.appointment;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

/** A person due for rotation (定期轮岗): in the same leading post longer than the configured years. */
@Type("RotationDue")
@Description("A person due for rotation (定期轮岗): holding the same leading post longer than personnel.rotation-years "
        + "(default 5) on asOf")
public record RotationDue(
        @Id @Description("Id of the person holding the post (Person.id)") long personId,
        @Description("The person's name as recorded now") String personName,
        @Id @Description("Id of the unit of the post (OrgUnit.id)") long unitId,
        @Description("The unit's name as recorded now") String unitName,
        @Description("Title of the leading post held (职务)") String postTitle,
        @Description("Held since: the day the post started") LocalDate since,
        @Description("The first day the post had been held longer than rotationYears: the day after the anniversary") LocalDate dueSince,
        @Description("Whole years held on asOf") int yearsHeld) {
}
