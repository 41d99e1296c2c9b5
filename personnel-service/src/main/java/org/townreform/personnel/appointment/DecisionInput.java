package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The meeting that decided (e.g. 镇党委会议纪要〔2026〕3号) and its day. */
@Input("AppointmentDecisionInput")
@Description("The decision on an appointment case: the meeting that decided and its day")
public record DecisionInput(
        @Description("Reference of the meeting that decided, e.g. 镇党委会议纪要〔2026〕3号; not blank, up to 100 characters") @NotBlank @Size(max = 100) String meetingReference,
        @Description(CaseStep.DATE) LocalDate date) {
}
