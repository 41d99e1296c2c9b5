package org.townreform.license.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.townreform.license.config.Descriptions;

/**
 * The one-time supplement notice (一次性告知): the required materials not handed in are listed by the service itself;
 * {@code alsoMissing} adds what else the clerk found wanting (an unclear copy, an expired certificate).
 */
@Input("SupplementRequest")
@Description("The one-time supplement notice (一次性告知): the service lists the missing required materials, alsoMissing adds what else the clerk found wanting")
public record SupplementRequest(
        @Description(Descriptions.ACTION_DATE) LocalDate date,
        @Description("Further items the applicant must bring, besides the missing required materials") @Size(max = 50) List<@NotBlank @Size(max = 200) String> alsoMissing,
        @Description("Note to the applicant on the notice, up to 1000 characters") @Size(max = 1000) String note,
        @Description(Descriptions.VERSION_IN) Long version) {
}
