package org.townreform.license.complaint;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** How a complaint was handled: by whom, with what outcome, on which day. */
@Input("ComplaintResolution")
public record ComplaintResolution(@NotBlank @Size(max = 200) String handler, @NotBlank @Size(max = 4000) String outcome,
        LocalDate date, Long version) {
}
