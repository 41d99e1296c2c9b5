package org.townreform.license.application.client;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** personnel-service's answer: does the person hold a certificate of the department valid on the day, and which. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateCheck(Long personId, String department, LocalDate date, boolean valid,
        List<Certificate> certificates) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Certificate(Long id, String department, String number, LocalDate validFrom, LocalDate validTo) {
    }
}
