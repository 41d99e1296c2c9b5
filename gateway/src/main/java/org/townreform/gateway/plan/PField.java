package org.townreform.gateway.plan;

import java.util.List;

import graphql.schema.GraphQLOutputType;

/**
 * One field of the client's operation after fragments are expanded, {@code @skip}/{@code @include} applied and fields of
 * the same response key merged: what the answer must hold, in the client's order.
 *
 * @param responseKey the alias, or the name
 * @param name the field's name
 * @param arguments the arguments as printed GraphQL ({@code (year:$year)}), empty when none
 * @param type the field's type in the public schema, wrappers included
 * @param objectType the unwrapped object type's name, or null for a scalar or enum
 * @param variables the client's variables the arguments name
 * @param children the selection, or null for a scalar or enum
 */
public record PField(String responseKey, String name, String arguments, List<String> variables, GraphQLOutputType type,
        String objectType, List<PField> children) {

    public boolean isTypename() { return name.equals("__typename"); }

    /** The field as printed into a downstream query, without its selection. */
    public String printed() {
        return responseKey.equals(name) ? name + arguments : responseKey + ":" + name + arguments;
    }
}
