package org.townreform.personnel.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A certificate withdrawn before its end (吊销/收回), from {@code date} on. */
@Input("CertificateRevocation")
@Description("An enforcement certificate withdrawn before its end (吊销/收回), from a day on")
public record CertificateRevocation(
        @Description("Day from which the certificate no longer counts; default today (UTC+8), never in the future "
                + "(DATE_IN_FUTURE)") LocalDate date,
        @Description("Why it is withdrawn, up to 500 characters") @NotBlank @Size(max = 500) String reason) {
}
