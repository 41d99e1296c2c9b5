package org.townreform.personnel.person;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.config.Descriptions;

/** An enforcement certificate (执法证) as recorded. */
@Type("Certificate")
@Description("An enforcement certificate (执法证) as recorded, valid or not")
public record CertificateView(
        @Description("The certificate's id, as assigned by this service (the certificateId of revokeCertificate)") @Id long id,
        @Description(Descriptions.CERTIFICATE_DEPARTMENT) @Schema(example = "东莞市城市管理综合执法局") String department,
        @Description(Descriptions.CERTIFICATE_NUMBER) @Schema(example = "粤东执法 0020101") String number,
        @Description("First day it is valid") LocalDate validFrom,
        @Description("Last day it is valid (included)") LocalDate validTo,
        @Description("Day it was withdrawn (吊销/收回): from this day on it no longer counts; null unless revoked") LocalDate revokedOn,
        @Description("Why it was withdrawn; null unless revoked") String revokeReason) {

    public static CertificateView of(EnforcementCertificate c) {
        return new CertificateView(c.id, c.department, c.number, c.validFrom, c.validTo, c.revokedOn, c.revokeReason);
    }
}
