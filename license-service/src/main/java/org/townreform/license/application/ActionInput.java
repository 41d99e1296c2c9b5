package org.townreform.license.application;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * The body of a plain action (accept, reject, start-review, withdraw, transfer): the day it took place (default today,
 * never in the future), a reason (required to reject), and optionally the version read.
 */
@Input("ActionInput")
public record ActionInput(
        LocalDate date,
        @Size(max = 1000) String reason,
        @Description("transfer only: the department the case goes back to (default the item's department)") @Size(max = 100) String transferTo,
        Long version) {

    public static final ActionInput EMPTY = new ActionInput(null, null, null, null);
}
