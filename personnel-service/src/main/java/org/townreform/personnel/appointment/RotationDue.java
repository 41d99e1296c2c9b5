package org.townreform.personnel.appointment;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

/** A person due for rotation (定期轮岗): in the same leading post longer than the configured years. */
@Type("RotationDue")
public record RotationDue(
        @Id long personId,
        String personName,
        @Id long unitId,
        String unitName,
        String postTitle,
        @Description("Held since") LocalDate since,
        @Description("The first day the post had been held longer than rotationYears") LocalDate dueSince,
        @Description("Whole years held on asOf") int yearsHeld) {
}
