package org.townreform.license.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A material an applicant hands in for an item (申请材料); {@code required} ones must all be there for acceptance. */
@Type("Material")
@Input("MaterialInput")
@Description("A material (申请材料) an applicant hands in for a catalogue item")
public record Material(
        @Description("The material's name, as applications and supplement notices list it") @NotBlank @Size(max = 200) @Schema(example = "施工方案") String name,
        @Description("True for a 必要材料 (every required one must be handed in before acceptance), false for an optional one (可选材料)") @NotNull Boolean required) {
}
