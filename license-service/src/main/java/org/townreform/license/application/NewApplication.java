package org.townreform.license.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.townreform.common.id.ResidentId;
import org.townreform.common.id.TownCode;
import org.townreform.common.id.Uscc;

/** An application handed in: for a person give {@code residentId}, for an organisation {@code uscc}. */
@Input("NewApplication")
public record NewApplication(
        @NotNull @TownCode String townCode,
        @Description("Read-only in effect: the application takes the name personnel-service's registry of towns gives the code. Leave it out; when given it must be that name, else 422 TOWN_NAME_MISMATCH") @Size(max = 100) String townName,
        @NotBlank @Size(max = 40) String itemCode,
        @NotNull @Valid ApplicantInput applicant,
        @NotNull Channel channel,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> materials,
        @Description("Day of submission (default today, never in the future)") LocalDate date) {

    @Input("ApplicantInput")
    public record ApplicantInput(
            @NotNull ApplicantKind kind,
            @NotBlank @Size(max = 200) String name,
            @ResidentId String residentId,
            @Uscc String uscc,
            @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "must be a phone number") String phone) {
    }
}
