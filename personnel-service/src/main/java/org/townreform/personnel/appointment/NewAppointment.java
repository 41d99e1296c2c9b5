package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case to open: who, to (or from) which unit and post; {@code date} the day it is drafted (default today). */
@Input("NewAppointment")
@Description("An appointment case (任免) to open: who, to (or from) which unit and post, and the day it is drafted")
public record NewAppointment(
        @Description("APPOINT, REMOVE, TRANSFER or SECONDMENT") @NotNull AppointmentType type,
        @Description("Id of the person (Person.id), staff of the unit's town (TOWN_MISMATCH otherwise)") @NotNull @Id @Schema(example = "90101") Long personId,
        @NotNull @Id @Description("The unit of the post (for a TRANSFER: the unit the person moves to)") Long unitId,
        @Description("Title of the post (职务), e.g. 副局长; not blank, up to 100 characters") @NotBlank @Size(max = 100) @Schema(example = "党政人大办公室主任") String postTitle,
        @NotNull @Description("主要负责人 or deputy: counts against the unit's leadership posts") Boolean leading,
        @Description("Why the case is opened, up to 1000 characters; may be left out") @Size(max = 1000) String reason,
        @Description("Day the case is drafted; default today (UTC+8), never in the future (DATE_IN_FUTURE)") LocalDate date) {
}
