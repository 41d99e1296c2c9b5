package org.townreform.license.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;

/** A material an applicant hands in for an item (申请材料); {@code required} ones must all be there for acceptance. */
@Type("Material")
@Input("MaterialInput")
public record Material(@NotBlank @Size(max = 200) String name, @NotNull Boolean required) {
}
