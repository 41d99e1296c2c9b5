package org.townreform.personnel.person;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

/** An enforcement certificate (执法证) as recorded. */
@Type("Certificate")
public record CertificateView(@Id long id, String department, String number, LocalDate validFrom, LocalDate validTo,
        LocalDate revokedOn, String revokeReason) {

    public static CertificateView of(EnforcementCertificate c) {
        return new CertificateView(c.id, c.department, c.number, c.validFrom, c.validTo, c.revokedOn, c.revokeReason);
    }
}
