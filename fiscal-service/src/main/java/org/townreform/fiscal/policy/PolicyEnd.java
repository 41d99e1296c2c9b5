package org.townreform.fiscal.policy;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Ends a policy version earlier (a 31 December), e.g. to make room for a new version; {@code version} as read. */
@Input("PolicyEnd")
@Description("Ends a policy version on a 31 December")
public record PolicyEnd(
        @NotNull LocalDate validTo,
        @NotBlank @Size(max = 500) String reason,
        Long version) {
}
