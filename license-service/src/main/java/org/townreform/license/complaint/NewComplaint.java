package org.townreform.license.complaint;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.townreform.common.id.TownCode;

/** A complaint received (by a clerk or the efficiency complaint centre); townCode may be left out when applicationId is given. */
@Input("NewComplaint")
public record NewComplaint(
        @TownCode String townCode,
        @Positive Long applicationId,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 4000) String content,
        @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "must be a phone number") String contactPhone,
        LocalDate date) {
}
