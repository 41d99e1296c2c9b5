package org.townreform.license.application;

import java.time.LocalDate;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Approving or denying (a reason is required to deny); ENFORCEMENT items need the reviewer's person id. */
@Input("ApplicationDecisionInput")
public record DecisionInput(
        LocalDate date,
        @Size(max = 2000) String reason,
        @Description("The decision's document number (default: generated)") @Size(max = 60) String decisionNumber,
        @Description("personnel-service person id of the reviewer holding an enforcement certificate (ENFORCEMENT items)") @Positive Long reviewerId,
        Long version) {
}
