package org.townreform.license.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** The applicant's supplement: the materials handed in now, on {@code date}. */
@Input("SupplementInput")
public record SupplementInput(
        LocalDate date,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> materials,
        Long version) {
}
