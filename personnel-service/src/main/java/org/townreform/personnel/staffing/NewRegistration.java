package org.townreform.personnel.staffing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** A person to register in a unit's slot (of the person's staff type) from {@code date} (default today). */
@Input("NewRegistration")
public record NewRegistration(
        @NotNull @Id Long personId,
        @Size(max = 100) String post,
        LocalDate date,
        @Size(max = 500) String note) {
}
