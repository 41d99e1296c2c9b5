package org.townreform.license.overview;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** A person of personnel-service, referred to by id (a decision's reviewer); license-service cannot resolve it. */
@Type("Person")
// Federation resolves an entity's type by @Name (or the class name), not by @Type.
@Name("Person")
@Key(fields = @FieldSet("id"), resolvable = false)
public record PersonReference(@Id String id) {
}
