package org.townreform.license.application;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.license.config.Descriptions;

/**
 * The body of a plain action (accept, reject, start-review, withdraw, transfer): the day it took place (default today,
 * never in the future), a reason (required to reject), and optionally the version read.
 */
@Input("ActionInput")
@Description("A plain workflow action (accept, reject, start-review, withdraw, transfer): its day, a reason and the version read")
public record ActionInput(
        @Description(Descriptions.ACTION_DATE) LocalDate date,
        @Description("Reason or note, up to 1000 characters, recorded in the history; required to reject (不予受理), kept as the end reason on withdraw and transfer") @Size(max = 1000) String reason,
        @Description("transfer only: the department the case goes back to (default the item's department)") @Size(max = 100) @Schema(example = "东莞市城市管理综合执法局") String transferTo,
        @Description(Descriptions.VERSION_IN) Long version) {

    public static final ActionInput EMPTY = new ActionInput(null, null, null, null);
}
