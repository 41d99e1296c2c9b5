package org.townreform.license.application;

import java.time.LocalDate;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.license.config.Descriptions;

/** Approving or denying (a reason is required to deny); ENFORCEMENT items need the reviewer's person id. */
@Input("ApplicationDecisionInput")
@Description("Approving or denying an application under review: its day, the reason (required to deny), the document number and, for ENFORCEMENT items, the reviewer")
public record DecisionInput(
        @Description(Descriptions.ACTION_DATE + "; an ACTIVE agreement must cover the item that day") LocalDate date,
        @Description("The decision's reason, up to 2000 characters; required to deny") @Size(max = 2000) String reason,
        @Description("The decision's document number (default: generated)") @Size(max = 60) @Schema(example = "决字〔2026〕12号") String decisionNumber,
        @Description("personnel-service person id of the reviewer holding an enforcement certificate (ENFORCEMENT items)") @Positive @Schema(example = "90101") Long reviewerId,
        @Description(Descriptions.VERSION_IN) Long version) {
}
