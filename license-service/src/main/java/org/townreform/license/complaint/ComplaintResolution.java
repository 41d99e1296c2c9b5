package org.townreform.license.complaint;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.townreform.license.config.Descriptions;

/** How a complaint was handled: by whom, with what outcome, on which day. */
@Input("ComplaintResolution")
@Description("How a complaint was handled: by whom, with what outcome, on which day")
public record ComplaintResolution(
        @Description("Who handled the complaint (a person or an office), up to 200 characters") @NotBlank @Size(max = 200) String handler,
        @Description("The outcome of the handling, up to 4000 characters") @NotBlank @Size(max = 4000) String outcome,
        @Description("Day it was resolved; default today (UTC+8), never in the future nor before the day it was received") LocalDate date,
        @Description(Descriptions.VERSION_IN) Long version) {
}
