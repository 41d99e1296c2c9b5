package org.townreform.gateway.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.townreform.gateway.Subgraphs;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * The composed schema documents itself: every type, field, argument, enum value and input field a client can see
 * through the gateway has a description (what GraphiQL and generated clients show). Fails with the undocumented
 * elements, grouped by the subgraph that owns them, and the coverage in numbers.
 */
class DescriptionCoverageTest {
    private final Supergraph supergraph = Subgraphs.SUPERGRAPH;

    @Test
    void everyTypeFieldArgumentEnumValueAndInputFieldHasADescription() {
        Coverage coverage = Coverage.of(supergraph);
        assertThat(coverage.missing).as(coverage.summary()).isEmpty();
        assertThat(coverage.documented.get("fields")).as("fields counted").isGreaterThan(500);
    }

    /** The count of documented and undocumented elements by kind, and the undocumented ones by subgraph. */
    static final class Coverage {
        final Map<String, Integer> documented = new TreeMap<>();
        final Map<String, Integer> all = new TreeMap<>();
        final Map<String, List<String>> missing = new TreeMap<>();

        static Coverage of(Supergraph supergraph) {
            Coverage c = new Coverage();
            GraphQLSchema schema = supergraph.schema();
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                String name = type.getName();
                if (name.startsWith("__") || graphql.schema.idl.ScalarInfo.isGraphqlSpecifiedScalar(name)) {
                    continue;
                }
                String owner = owner(supergraph, name, null);
                c.count("types", owner, name, type.getDescription());
                if (type instanceof GraphQLObjectType object) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        String path = name + "." + field.getName();
                        String fieldOwner = owner(supergraph, name, field.getName());
                        c.count("fields", fieldOwner, path, field.getDescription());
                        for (GraphQLArgument argument : field.getArguments()) {
                            c.count("arguments", fieldOwner, path + "(" + argument.getName() + ")",
                                    argument.getDescription());
                        }
                    }
                } else if (type instanceof GraphQLEnumType enumType) {
                    for (GraphQLEnumValueDefinition value : enumType.getValues()) {
                        c.count("enum values", owner, name + "." + value.getName(), value.getDescription());
                    }
                } else if (type instanceof GraphQLInputObjectType input) {
                    for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                        c.count("input fields", owner, name + "." + field.getName(), field.getDescription());
                    }
                }
            }
            return c;
        }

        private void count(String kind, String owner, String path, String description) {
            all.merge(kind, 1, Integer::sum);
            if (description != null && !description.isBlank()) {
                documented.merge(kind, 1, Integer::sum);
            } else {
                documented.merge(kind, 0, Integer::sum);
                missing.computeIfAbsent(owner, k -> new ArrayList<>()).add(kind + " " + path);
            }
        }

        String summary() {
            StringBuilder b = new StringBuilder("described: ");
            all.forEach((kind, n) -> b.append(kind).append(' ').append(documented.get(kind)).append('/').append(n)
                    .append("; "));
            missing.forEach((owner, items) -> b.append("\n").append(owner).append(" (").append(items.size())
                    .append(" undocumented):\n  ").append(String.join("\n  ", items)));
            return b.toString();
        }

        /** The subgraph that declares a type or field (the first of several), or {@code gateway} for none. */
        private static String owner(Supergraph supergraph, String type, String field) {
            if (field != null) {
                List<String> owners = supergraph.owners(type, field);
                if (!owners.isEmpty()) {
                    return owners.get(0);
                }
            }
            return supergraph.subgraphs().stream()
                    .filter(s -> supergraph.schema().getType(type) != null && declares(supergraph, s, type)).findFirst()
                    .orElse("shared");
        }

        private static boolean declares(Supergraph supergraph, String subgraph, String type) {
            GraphQLNamedType t = (GraphQLNamedType) supergraph.schema().getType(type);
            if (t instanceof GraphQLObjectType object) {
                return object.getFieldDefinitions().stream()
                        .anyMatch(f -> supergraph.owners(type, f.getName()).contains(subgraph));
            }
            return Subgraphs.snapshots().get(subgraph).matches("(?s).*\\b(enum|input|scalar|type) " + type + "\\b.*");
        }
    }
}
