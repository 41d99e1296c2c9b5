package org.townreform.personnel.unit;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** 合并组建: the units merged into this (new) unit on {@code date}, by decision {@code reference}. */
@Input("UnitMerge")
public record UnitMerge(
        @NotNull @Id @Size(min = 1, max = 20) List<@NotNull Long> mergedUnitIds,
        LocalDate date,
        @Size(max = 100) String reference) {
}
