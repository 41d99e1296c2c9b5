package org.townreform.personnel.town;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A town as the public registry shows it (镇名录): its code and name, public administrative data, the same whoever asks.
 * fiscal-service and license-service check the towns their writes name against it.
 */
@Schema(name = "PublicTown", description = "A recorded town: its 9-digit township division code and its name")
public record PublicTownView(@Schema(example = "441900113") String code, @Schema(example = "石龙镇") String name) {
    public static PublicTownView of(Town t) {
        return new PublicTownView(t.code, t.name);
    }
}
