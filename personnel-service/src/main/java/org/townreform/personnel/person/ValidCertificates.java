package org.townreform.personnel.person;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.config.Descriptions;

/**
 * The answer to "does this person hold a valid enforcement certificate of this department on this day?", exactly as
 * recorded in {@code contracts/personnel-certificates-valid.json} (license-service relies on it).
 */
@Type("ValidCertificates")
@Description("Enforcement certificates of a department valid on a day")
public record ValidCertificates(
        @Description("The person asked about (Person.id)") @Id @Schema(example = "90101") long personId,
        @Description("The department asked about, as given (surrounding spaces removed)") @Schema(example = "东莞市城市管理综合执法局") String department,
        @Description("The day asked about (default today)") LocalDate date,
        @Description("True when at least one certificate of the department is valid on date") boolean valid,
        @Description("The department's certificates valid on date: within validFrom to validTo and not revoked on or "
                + "before it") List<Certificate> certificates) {

    /** One valid certificate, in the contract's shape. */
    @Type("ValidCertificate")
    @Description("One enforcement certificate valid on the day asked, in the shape of contracts/personnel-certificates-valid.json")
    public record Certificate(
            @Description("The certificate's id (Certificate.id)") @Id long id,
            @Description(Descriptions.CERTIFICATE_DEPARTMENT) @Schema(example = "东莞市城市管理综合执法局") String department,
            @Description(Descriptions.CERTIFICATE_NUMBER) @Schema(example = "粤东执法 0020101") String number,
            @Description("First day it is valid") LocalDate validFrom,
            @Description("Last day it is valid (included)") LocalDate validTo) {
    }
}
