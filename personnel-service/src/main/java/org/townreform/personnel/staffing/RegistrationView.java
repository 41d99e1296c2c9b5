package org.townreform.personnel.staffing;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.personnel.person.StaffType;

/** A staffing registration (编制实名制) as callers read it. */
@Type("Registration")
public record RegistrationView(
        @Id long id,
        @Id long personId,
        String personName,
        @Id long unitId,
        String unitName,
        String townCode,
        StaffType slotType,
        String post,
        LocalDate startedOn,
        LocalDate endedOn,
        RegistrationEndReason endReason,
        String endNote,
        @Id Long previousRegistrationId,
        String note,
        long version) {
}
