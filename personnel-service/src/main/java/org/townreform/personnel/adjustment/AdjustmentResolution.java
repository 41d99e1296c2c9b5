package org.townreform.personnel.adjustment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** The department's action on a request, on {@code date} (default today). */
@Input("AdjustmentResolution")
public record AdjustmentResolution(@NotNull AdjustmentOutcome outcome, @Size(max = 2000) String text,
        LocalDate date) {
}
