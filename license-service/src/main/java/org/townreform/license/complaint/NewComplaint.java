package org.townreform.license.complaint;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.common.id.TownCode;
import org.townreform.license.config.Descriptions;

/** A complaint received (by a clerk or the efficiency complaint centre); townCode may be left out when applicationId is given. */
@Input("NewComplaint")
@Description("A complaint about service efficiency (效能投诉), as received by a clerk or the efficiency complaint centre")
public record NewComplaint(
        @Description(Descriptions.TOWN_CODE
                + " complained about; may be left out when applicationId is given (then it must be the application's town); personnel-service must have it (UNKNOWN_TOWN)") @TownCode @Schema(example = "441900113") String townCode,
        @Description("Id of the application complained about, when the complaint is about one") @Positive Long applicationId,
        @Description("Subject of the complaint, up to 200 characters") @NotBlank @Size(max = 200) String subject,
        @Description("What the complaint says, up to 4000 characters") @NotBlank @Size(max = 4000) String content,
        @Description("The complainant's contact phone (5 to 30 digits, spaces, + or -); optional, not shown in the complaint's views") @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "must be a phone number") @Schema(example = "076922000003") String contactPhone,
        @Description("Day the complaint was received; default today (UTC+8), never in the future; the handling time limit runs from it") LocalDate date) {
}
