package org.townreform.personnel.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.common.id.ResidentId;
import org.townreform.common.id.TownCode;
import org.townreform.personnel.config.Descriptions;

/** A person to record; gender and birth date come from the resident ID number. */
@Input("NewPerson")
@Description("A member of staff to record; gender and birth date come from the resident ID number")
public record NewPerson(
        @Description(Descriptions.TOWN_CODE
                + " the person is staff of; a town user may record only for their own town") @NotNull @TownCode @Schema(example = "441900113") String townCode,
        @Description("Full name, up to 50 characters") @NotBlank @Size(max = 50) @Schema(example = "林国强") String name,
        @NotNull @ResidentId @Description("居民身份证号 (GB 11643): 18 characters, a real birth date from 1900-01-01 to today "
                + "and the MOD 11-2 check character (VALIDATION_FAILED otherwise); recorded once (PERSON_EXISTS)") @Schema(example = "441900197503121036") String residentId,
        @Description(Descriptions.STAFF_TYPE) @NotNull StaffType staffType,
        @Size(max = 30) @Description("职级 (e.g. 一级科员), up to 30 characters") @Schema(example = "一级主任科员") String rank,
        @Description(Descriptions.NOTE) @Size(max = 500) String note) {
}
