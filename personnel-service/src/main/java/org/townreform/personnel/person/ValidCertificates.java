package org.townreform.personnel.person;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

/**
 * The answer to "does this person hold a valid enforcement certificate of this department on this day?", exactly as
 * recorded in {@code contracts/personnel-certificates-valid.json} (license-service relies on it).
 */
@Type("ValidCertificates")
@Description("Enforcement certificates of a department valid on a day")
public record ValidCertificates(@Id long personId, String department, LocalDate date, boolean valid,
        List<Certificate> certificates) {

    /** One valid certificate, in the contract's shape. */
    @Type("ValidCertificate")
    public record Certificate(@Id long id, String department, String number, LocalDate validFrom, LocalDate validTo) {
    }
}
