package org.townreform.personnel.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 执法证 to record: issuing department, number, validity. */
@Input("NewCertificate")
@Description("An enforcement certificate (执法证) to record: issuing department, number, validity")
public record NewCertificate(
        @Description("The issuing department (e.g. 东莞市城市管理综合执法局), up to 100 characters; validCertificates "
                + "matches it exactly; a dept-officer may give only its own (DEPT_OUT_OF_SCOPE)") @NotBlank @Size(max = 100) @Schema(example = "东莞市城市管理综合执法局") String department,
        @Description("The certificate's number, up to 50 characters; recorded once per department (CERTIFICATE_EXISTS)") @NotBlank @Size(max = 50) @Schema(example = "粤东执法 0020101") String number,
        @Description("First day it is valid") @NotNull LocalDate validFrom,
        @Description("Last day it is valid (included), not before validFrom (VALIDATION_FAILED)") @NotNull LocalDate validTo) {
}
