package org.townreform.personnel.adjustment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The town's written request about the head of a DUAL unit, sent on {@code date} (default today). */
@Input("NewAdjustmentRequest")
public record NewAdjustmentRequest(
        @NotNull @Id Long unitId,
        @Id Long personId,
        @NotBlank @Size(max = 2000) String text,
        @Size(max = 100) String reference,
        LocalDate date) {
}
