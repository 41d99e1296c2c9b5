package org.townreform.personnel.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** A certificate withdrawn before its end (吊销/收回), from {@code date} on. */
@Input("CertificateRevocation")
public record CertificateRevocation(LocalDate date, @NotBlank @Size(max = 500) String reason) {
}
