package org.townreform.license.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.townreform.license.config.Descriptions;

/** Suspending, revoking or reinstating an agreement: on {@code date} (default today, never future), for a reason. */
@Input("AgreementChange")
@Description("A dated change of an agreement's status (suspend, revoke or reinstate), with its reason")
public record AgreementChange(
        @Description("Day the change takes effect; default today (UTC+8), never in the future (DATE_IN_FUTURE) nor before the last status change (DATE_BEFORE_LAST_CHANGE)") LocalDate date,
        @Description("Why the agreement's status changes, up to 500 characters; kept in its history") @Size(max = 500) String reason,
        @Description(Descriptions.VERSION_IN) Long version) {
}
