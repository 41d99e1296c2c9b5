package org.townreform.personnel.town;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** A decision adding (or removing) leadership posts, effective on {@code date} (default today, never in the future). */
@Input("NewLeadershipPostChange")
public record NewLeadershipPostChange(
        @NotNull @Min(-20) @Max(20) Integer change,
        LocalDate date,
        @Size(max = 100) String reference,
        @Size(max = 500) String reason) {
}
