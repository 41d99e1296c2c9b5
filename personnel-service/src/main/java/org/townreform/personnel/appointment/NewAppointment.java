package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** A case to open: who, to (or from) which unit and post; {@code date} the day it is drafted (default today). */
@Input("NewAppointment")
public record NewAppointment(
        @NotNull AppointmentType type,
        @NotNull @Id Long personId,
        @NotNull @Id @Description("The unit of the post (for a TRANSFER: the unit the person moves to)") Long unitId,
        @NotBlank @Size(max = 100) String postTitle,
        @NotNull @Description("主要负责人 or deputy: counts against the unit's leadership posts") Boolean leading,
        @Size(max = 1000) String reason,
        LocalDate date) {
}
