package org.townreform.fiscal.policy;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Ends a policy version earlier (the last day of a month), e.g. to make room for a new version; {@code version} as read. */
@Input("PolicyEnd")
@Description("Ends a policy version on the last day of a month")
public record PolicyEnd(
        @NotNull LocalDate validTo,
        @NotBlank @Size(max = 500) String reason,
        Long version) {
}
