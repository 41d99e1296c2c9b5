package org.townreform.license.application;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.townreform.license.config.Descriptions;

/** The department's receipt for a filed decision. */
@Input("FilingInput")
@Description("The authorising department's receipt for a filed decision (备案)")
public record FilingInput(
        @Description("The department's receipt number, up to 100 characters") @NotBlank @Size(max = 100) String receiptNumber,
        @Description("The day the department received the filing (default today, never in the future)") LocalDate receivedOn,
        @Description(Descriptions.VERSION_IN) Long version) {
}
