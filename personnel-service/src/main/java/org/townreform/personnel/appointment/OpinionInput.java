package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The consulted side's opinion with its reasons. */
@Input("OpinionInput")
@Description("The consulted side's opinion on a case (征求意见) with its reasons")
public record OpinionInput(@Description("AGREE or DISAGREE") @NotNull Opinion opinion,
        @Description("The reasons; not blank, up to 2000 characters") @NotBlank @Size(max = 2000) String text,
        @Description(CaseStep.DATE) LocalDate date) {
}
