package org.townreform.license.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The department's receipt for a filed decision. */
@Input("FilingInput")
public record FilingInput(
        @NotBlank @Size(max = 100) String receiptNumber,
        @Description("The day the department received the filing (default today, never in the future)") LocalDate receivedOn,
        Long version) {
}
