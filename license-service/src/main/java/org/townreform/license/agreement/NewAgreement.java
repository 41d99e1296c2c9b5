package org.townreform.license.agreement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.common.id.TownCode;
import org.townreform.license.config.Descriptions;

/** A delegation agreement to record (by the department's officer). */
@Input("NewAgreement")
@Description("A delegation agreement (委托协议书) to record, by the authorising department's officer")
public record NewAgreement(
        @Description("The agreement's document reference (协议书编号)") @NotBlank @Size(max = 100) @Schema(example = "东城管委〔2024〕1号（演示）") String reference,
        @Description("The authorising department; must be the caller's own department (DEPARTMENT_OUT_OF_SCOPE otherwise), and every item must be of it (ITEM_NOT_OF_DEPARTMENT)") @NotBlank @Size(max = 100) @Schema(example = "东莞市城市管理综合执法局") String department,
        @Description(Descriptions.TOWN_CODE
                + "; personnel-service must have the town (UNKNOWN_TOWN otherwise)") @NotNull @TownCode @Schema(example = "441900113") String townCode,
        @Description("The town's authority as it signs decisions under DEVOLVED, as written in the agreement (e.g. 石龙镇人民政府)") @NotBlank @Size(max = 100) @Schema(example = "石龙镇人民政府") String townName,
        @Description("委托 (ENTRUSTED) or 下放 (DEVOLVED)") @NotNull AgreementMode mode,
        @Description("First day the agreement is valid") @NotNull LocalDate validFrom,
        @Description("Last day the agreement is valid; not before validFrom") @NotNull LocalDate validTo,
        @Description("Name of the special-purpose seal (业务专用公章) registered for the agreement, printed on its decisions") @NotBlank @Size(max = 200) @Schema(example = "东莞市城市管理综合执法局石龙镇行政执法专用章") String sealName,
        @Description("Number of that seal, when it has one") @Size(max = 100) String sealNumber,
        @Description("事项编码 of the catalogue items covered, 1 to 500; none may be covered for the town by another agreement over an overlapping period (AGREEMENT_OVERLAP)") @NotEmpty @Size(max = 500) @Schema(example = "[\"DG-CG-001\", \"DG-CG-002\"]") List<@NotBlank @Size(max = 40) String> itemCodes) {
}
