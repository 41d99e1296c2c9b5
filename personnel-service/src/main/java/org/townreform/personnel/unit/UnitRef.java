package org.townreform.personnel.unit;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

/** A unit named from another record. */
@Type("UnitRef")
public record UnitRef(@Id long id, String name) {
}
