package org.townreform.personnel.town;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A decision adding (or removing) leadership posts, effective on {@code date} (default today, never in the future). */
@Input("NewLeadershipPostChange")
@Description("A decision adding or removing leadership posts (领导职数) of a town, effective on its date")
public record NewLeadershipPostChange(
        @Description("Posts to add (positive) or remove (negative), -20 to 20; the town's posts on the day may not fall "
                + "below zero (LEADERSHIP_POSTS_NEGATIVE)") @NotNull @Min(-20) @Max(20) Integer change,
        @Description("Day the decision takes effect; default today (UTC+8), never in the future (DATE_IN_FUTURE)") LocalDate date,
        @Description("The decision's document number (文号), up to 100 characters") @Size(max = 100) String reference,
        @Description("Why the posts change, up to 500 characters") @Size(max = 500) String reason) {
}
