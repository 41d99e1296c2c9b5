package org.townreform.personnel.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** 执法证 to record: issuing department, number, validity. */
@Input("NewCertificate")
public record NewCertificate(
        @NotBlank @Size(max = 100) String department,
        @NotBlank @Size(max = 50) String number,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo) {
}
