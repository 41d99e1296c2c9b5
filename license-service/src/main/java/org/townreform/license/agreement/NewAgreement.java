package org.townreform.license.agreement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.townreform.common.id.TownCode;

/** A delegation agreement to record (by the department's officer). */
@Input("NewAgreement")
public record NewAgreement(
        @NotBlank @Size(max = 100) String reference,
        @NotBlank @Size(max = 100) String department,
        @NotNull @TownCode String townCode,
        @NotBlank @Size(max = 100) String townName,
        @NotNull AgreementMode mode,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo,
        @NotBlank @Size(max = 200) String sealName,
        @Size(max = 100) String sealNumber,
        @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 40) String> itemCodes) {
}
