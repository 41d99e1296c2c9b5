package org.townreform.license.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.townreform.license.config.Descriptions;

/** The applicant's supplement: the materials handed in now, on {@code date}. */
@Input("SupplementInput")
@Description("The applicant's supplement (补正): the materials handed in now")
public record SupplementInput(
        @Description(Descriptions.ACTION_DATE) LocalDate date,
        @Description("Names of the materials handed in now, 1 to 100, added to those handed in before; when they complete what a notice sent before acceptance asked for, the case is accepted on this day") @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> materials,
        @Description(Descriptions.VERSION_IN) Long version) {
}
