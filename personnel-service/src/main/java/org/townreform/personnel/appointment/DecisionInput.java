package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** The meeting that decided (e.g. 镇党委会议纪要〔2026〕3号) and its day. */
@Input("AppointmentDecisionInput")
public record DecisionInput(@NotBlank @Size(max = 100) String meetingReference, LocalDate date) {
}
