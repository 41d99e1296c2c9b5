package org.townreform.personnel.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/**
 * The editable facts of a person (the ID number never changes). The staff type cannot change while the person holds an
 * open registration: end it and register again. {@code version} may stand in for {@code If-Match}.
 */
@Input("PersonUpdate")
public record PersonUpdate(
        @NotBlank @Size(max = 50) String name,
        @NotNull StaffType staffType,
        @Size(max = 30) String rank,
        @Size(max = 500) String note,
        Long version) {
}
