package org.townreform.personnel.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.townreform.common.id.ResidentId;
import org.townreform.common.id.TownCode;

/** A person to record; gender and birth date come from the resident ID number. */
@Input("NewPerson")
public record NewPerson(
        @NotNull @TownCode String townCode,
        @NotBlank @Size(max = 50) String name,
        @NotNull @ResidentId @Description("居民身份证号 (GB 11643)") String residentId,
        @NotNull StaffType staffType,
        @Size(max = 30) @Description("职级") String rank,
        @Size(max = 500) String note) {
}
