package org.townreform.fiscal.policy;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.townreform.fiscal.config.Descriptions;

/** Ends a policy version earlier (the last day of a month), e.g. to make room for a new version; {@code version} as read. */
@Input("PolicyEnd")
@Description("Ends a policy version on the last day of a month")
public record PolicyEnd(
        @NotNull @Description("The new last day: the last day of a month (POLICY_NOT_WHOLE_MONTHS otherwise), earlier than the version's end (POLICY_END_NOT_EARLIER); the months given up may not be in a settled year (PERIOD_CLOSED)") LocalDate validTo,
        @NotBlank @Size(max = 500) @Description("Why the version ends earlier, up to 500 characters; kept as its endReason") String reason,
        @Description(Descriptions.VERSION_IN + "; required in GraphQL (PRECONDITION_REQUIRED when left out)") Long version) {
}
