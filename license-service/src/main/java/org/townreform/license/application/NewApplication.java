package org.townreform.license.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.common.id.ResidentId;
import org.townreform.common.id.TownCode;
import org.townreform.common.id.Uscc;
import org.townreform.license.config.Descriptions;

/** An application handed in: for a person give {@code residentId}, for an organisation {@code uscc}. */
@Input("NewApplication")
@Description("An application handed in at the town's service centre: for a person give applicant.residentId, for an organisation applicant.uscc")
public record NewApplication(
        @Description(Descriptions.TOWN_CODE
                + "; personnel-service must have the town (UNKNOWN_TOWN), and a town-scoped caller may submit only for its own town") @NotNull @TownCode @Schema(example = "441900113") String townCode,
        @Description("Read-only in effect: the application takes the name personnel-service's registry of towns gives the code. Leave it out; when given it must be that name, else 422 TOWN_NAME_MISMATCH") @Size(max = 100) @Schema(example = "石龙镇") String townName,
        @Description("事项编码 of the catalogue item applied for; an ACTIVE agreement must cover it for the town on the submission day (BEYOND_DELEGATED_AUTHORITY, nothing stored)") @NotBlank @Size(max = 40) @Schema(example = "DG-CG-001") String itemCode,
        @Description("The applicant") @NotNull @Valid ApplicantInput applicant,
        @Description("How the application came in") @NotNull Channel channel,
        @Description("Names of the materials handed in (as the catalogue item names them), at most 100 of up to 200 characters; repeated names count once") @Size(max = 100) @Schema(example = "[\"申请书\", \"设计效果图\"]") List<@NotBlank @Size(max = 200) String> materials,
        @Description("Day of submission (default today, never in the future)") LocalDate date) {

    @Input("ApplicantInput")
    @Description("The applicant of a new application")
    @Schema(example = "{\"kind\": \"ORGANISATION\", \"name\": \"东莞市演示广告有限公司\", \"uscc\": \"91441900MA4UJY1A5Y\", "
            + "\"phone\": \"076922000003\"}")
    public record ApplicantInput(
            @Description("PERSON or ORGANISATION: decides which of residentId and uscc is required") @NotNull ApplicantKind kind,
            @Description("The person's or organisation's name, up to 200 characters") @NotBlank @Size(max = 200) @Schema(example = "东莞市演示广告有限公司") String name,
            @Description("居民身份证号 (GB 11643): required for a PERSON, left out for an ORGANISATION") @ResidentId @Schema(example = "441900197503121036") String residentId,
            @Description("统一社会信用代码 (GB 32100): required for an ORGANISATION, left out for a PERSON") @Uscc @Schema(example = "91441900MA4UJY1A5Y") String uscc,
            @Description("Contact phone: 5 to 30 digits, spaces, + or -") @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "must be a phone number") @Schema(example = "076922000003") String phone) {
    }
}
