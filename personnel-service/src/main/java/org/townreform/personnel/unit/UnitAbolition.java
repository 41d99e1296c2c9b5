package org.townreform.personnel.unit;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** 撤销: a unit closed on {@code date}; it must hold no open registration. */
@Input("UnitAbolition")
public record UnitAbolition(LocalDate date, @Size(max = 100) String reference) {
}
