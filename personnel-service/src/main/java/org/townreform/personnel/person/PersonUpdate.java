package org.townreform.personnel.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.config.Descriptions;

/**
 * The editable facts of a person (the ID number never changes). The staff type cannot change while the person holds an
 * open registration: end it and register again. {@code version} may stand in for {@code If-Match}.
 */
@Input("PersonUpdate")
@Description("The editable facts of a person, all of them (rank and note left out are cleared); the resident ID number "
        + "never changes")
public record PersonUpdate(
        @Description("Full name, up to 50 characters") @NotBlank @Size(max = 50) @Schema(example = "林国强") String name,
        @Description(Descriptions.STAFF_TYPE + "; it cannot change while the person holds an open registration "
                + "(PERSON_REGISTERED): end it and register again") @NotNull StaffType staffType,
        @Description("职级 (e.g. 一级科员), up to 30 characters") @Size(max = 30) @Schema(example = "一级主任科员") String rank,
        @Description(Descriptions.NOTE) @Size(max = 500) String note,
        @Description(Descriptions.VERSION_IN) Long version) {
}
