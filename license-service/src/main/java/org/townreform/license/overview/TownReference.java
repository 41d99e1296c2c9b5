package org.townreform.license.overview;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/**
 * A town as license-service knows it: by code only. personnel-service owns the town; in the federated schema
 * license-service adds {@code licensing} to it.
 */
@Type("Town")
// Federation resolves an entity's type by @Name (or the class name), not by @Type.
@Name("Town")
@Key(fields = @FieldSet("code"))
@Description("A town (镇) or subdistrict (街道)")
public record TownReference(@Description("9-digit township division code") String code) {
}
