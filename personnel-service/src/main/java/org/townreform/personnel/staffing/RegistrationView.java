package org.townreform.personnel.staffing;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.config.Descriptions;
import org.townreform.personnel.person.StaffType;

/** A staffing registration (编制实名制) as callers read it. */
@Type("Registration")
@Description("A staffing registration (编制实名制): a person occupying one slot of one unit from a day until it is ended; "
        + "moves close it and open one that names it, so history is kept")
public record RegistrationView(
        @Description("The registration's id, stable, as assigned by this service") @Id long id,
        @Description("The person registered (Person.id)") @Id @Schema(example = "90101") long personId,
        @Description("The person's name") @Schema(example = "林国强") String personName,
        @Description("The unit of the slot (OrgUnit.id)") @Id long unitId,
        @Description("The unit's name") @Schema(example = "党政人大办公室") String unitName,
        @Description(Descriptions.TOWN_CODE + " of the unit and person") @Schema(example = "441900113") String townCode,
        @Description("The quota the slot counts against: the person's staff type when registered") StaffType slotType,
        @Description("The post (岗位) registered; null when none") String post,
        @Description("Day the slot was first occupied") LocalDate startedOn,
        @Description("Day the slot became free (occupied until the day before); null while open") LocalDate endedOn,
        @Description("Why it closed; null while open") RegistrationEndReason endReason,
        @Description("The note given at the end (for a merger: 合并组建 into unit … and the decision); null when none") String endNote,
        @Description("The registration this one continues after a transfer or merger (closed the day this began); null "
                + "for a first registration") @Id Long previousRegistrationId,
        @Description(Descriptions.NOTE_OUT) String note,
        @Description(Descriptions.VERSION_OUT) long version) {
}
