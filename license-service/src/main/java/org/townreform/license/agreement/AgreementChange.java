package org.townreform.license.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** Suspending, revoking or reinstating an agreement: on {@code date} (default today, never future), for a reason. */
@Input("AgreementChange")
public record AgreementChange(LocalDate date, @Size(max = 500) String reason, Long version) {
}
