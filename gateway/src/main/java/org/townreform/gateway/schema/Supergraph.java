package org.townreform.gateway.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.StringValue;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * The supergraph: the subgraphs' SDL composed into one public schema, plus the routing facts the planner needs — for
 * every (type, field) the subgraphs that resolve it, and for every entity type the key fields each subgraph resolves it
 * by.
 * <p>
 * Composition follows Federation 2 as far as this suite uses it: object types of the same name are merged (fields
 * unioned), a field marked {@code @external} is not resolved by that subgraph, key fields are resolvable wherever they
 * are declared, an entity ({@code @key}) can be fetched through {@code _entities} from every subgraph whose key is
 * resolvable. Federation machinery ({@code _service}, {@code _entities}, {@code _Any}, {@code _Entity}, {@code FieldSet},
 * {@code link__*}, {@code federation__*}) and every directive are left out of the public schema. Not supported:
 * {@code @requires}, {@code @provides}, {@code @interfaceObject}, {@code @override}, interfaces and unions across
 * subgraphs (none of the subgraphs uses them); composition fails loudly on them rather than planning wrongly.
 */
public final class Supergraph {
    private static final Set<String> FEDERATION_TYPES = Set.of("_Service", "_Entity", "_Any", "FieldSet", "_FieldSet");
    private static final Set<String> FEDERATION_ROOT_FIELDS = Set.of("_service", "_entities");
    private static final Set<String> UNSUPPORTED = Set.of("requires", "provides", "interfaceObject", "override",
            "federation__requires", "federation__provides", "federation__interfaceObject", "federation__override");

    private final List<String> subgraphs;
    private final GraphQLSchema schema;
    private final String sdl;
    /** type → field → subgraphs that resolve it, in subgraph order. */
    private final Map<String, Map<String, List<String>>> owners;
    /** entity type → subgraph → key fields (only resolvable keys). */
    private final Map<String, Map<String, List<String>>> keys;

    private Supergraph(List<String> subgraphs, GraphQLSchema schema, String sdl, Map<String, Map<String, List<String>>> owners,
            Map<String, Map<String, List<String>>> keys) {
        this.subgraphs = subgraphs;
        this.schema = schema;
        this.sdl = sdl;
        this.owners = owners;
        this.keys = keys;
    }

    /** Composes subgraph SDLs (name → SDL, in the order given) into the supergraph. */
    public static Supergraph compose(Map<String, String> subgraphSdl) {
        SchemaParser parser = new SchemaParser();
        Map<String, TypeDefinition<?>> merged = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> owners = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> keys = new LinkedHashMap<>();
        for (Map.Entry<String, String> subgraph : subgraphSdl.entrySet()) {
            String name = subgraph.getKey();
            TypeDefinitionRegistry registry = parser.parse(subgraph.getValue());
            String queryType = rootTypeName(registry, "query", "Query");
            String mutationType = rootTypeName(registry, "mutation", "Mutation");
            List<TypeDefinition<?>> types = new ArrayList<>();
            registry.types().values().forEach(types::add);
            registry.scalars().values().stream().filter(s -> !ScalarInfo.isGraphqlSpecifiedScalar(s.getName()))
                    .forEach(types::add);
            for (TypeDefinition<?> type : types) {
                String typeName = type.getName();
                if (FEDERATION_TYPES.contains(typeName) || typeName.startsWith("link__")
                        || typeName.startsWith("federation__")) {
                    continue;
                }
                // Root types are published as Query and Mutation whatever a subgraph calls them.
                String publicName = typeName.equals(queryType)
                        ? "Query"
                        : typeName.equals(mutationType) ? "Mutation" : typeName;
                if (type instanceof ObjectTypeDefinition object) {
                    mergeObject(name, publicName, object, merged, owners, keys);
                } else if (type instanceof EnumTypeDefinition enumType) {
                    mergeEnum(publicName, enumType, merged);
                } else if (type instanceof InputObjectTypeDefinition input) {
                    mergeInput(publicName, input, merged);
                } else if (type instanceof ScalarTypeDefinition scalar) {
                    merged.putIfAbsent(publicName,
                            scalar.transform(b -> b.directives(List.of())));
                } else {
                    throw new IllegalStateException("Subgraph " + name + ": " + type.getClass().getSimpleName() + " "
                            + typeName + " is not supported by the gateway (only object, enum, input and scalar types)");
                }
            }
        }
        TypeDefinitionRegistry publicRegistry = new TypeDefinitionRegistry();
        merged.values().forEach(publicRegistry::add);
        SchemaDefinition.Builder schemaDefinition = SchemaDefinition.newSchemaDefinition()
                .operationTypeDefinition(new OperationTypeDefinition("query", new TypeName("Query")));
        if (merged.containsKey("Mutation")) {
            schemaDefinition.operationTypeDefinition(new OperationTypeDefinition("mutation", new TypeName("Mutation")));
        }
        publicRegistry.add(schemaDefinition.build());
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(publicRegistry);
        String sdl = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectives(false)
                .includeScalarTypes(true).includeSchemaDefinition(false)).print(schema);
        freeze(owners);
        freeze(keys);
        return new Supergraph(List.copyOf(subgraphSdl.keySet()), schema, sdl, owners, keys);
    }

    private static String rootTypeName(TypeDefinitionRegistry registry, String operation, String fallback) {
        return registry.schemaDefinition()
                .flatMap(s -> s.getOperationTypeDefinitions().stream().filter(o -> o.getName().equals(operation))
                        .findFirst())
                .map(o -> o.getTypeName().getName()).orElse(fallback);
    }

    private static void mergeObject(String subgraph, String typeName, ObjectTypeDefinition object,
            Map<String, TypeDefinition<?>> merged, Map<String, Map<String, List<String>>> owners,
            Map<String, Map<String, List<String>>> keys) {
        boolean root = typeName.equals("Query") || typeName.equals("Mutation");
        for (Directive directive : object.getDirectives()) {
            if (UNSUPPORTED.contains(directive.getName())) {
                throw new IllegalStateException("Subgraph " + subgraph + ": @" + directive.getName() + " on " + typeName
                        + " is not supported by the gateway");
            }
            if (directive.getName().equals("key") || directive.getName().equals("federation__key")) {
                Argument resolvable = directive.getArgument("resolvable");
                if (resolvable != null && resolvable.getValue() instanceof BooleanValue b && !b.isValue()) {
                    continue;
                }
                String fields = ((StringValue) directive.getArgument("fields").getValue()).getValue().strip();
                if (fields.contains("{")) {
                    throw new IllegalStateException("Subgraph " + subgraph + ": nested key fields on " + typeName
                            + " are not supported by the gateway");
                }
                keys.computeIfAbsent(typeName, t -> new LinkedHashMap<>()).putIfAbsent(subgraph,
                        List.of(fields.split("[\\s,]+")));
            }
        }
        Map<String, List<String>> fieldOwners = owners.computeIfAbsent(typeName, t -> new LinkedHashMap<>());
        List<FieldDefinition> fields = new ArrayList<>();
        for (FieldDefinition field : object.getFieldDefinitions()) {
            if (root && FEDERATION_ROOT_FIELDS.contains(field.getName())) {
                continue;
            }
            boolean external = false;
            for (Directive directive : field.getDirectives()) {
                if (UNSUPPORTED.contains(directive.getName())) {
                    throw new IllegalStateException("Subgraph " + subgraph + ": @" + directive.getName() + " on "
                            + typeName + "." + field.getName() + " is not supported by the gateway");
                }
                external |= directive.getName().equals("external") || directive.getName().equals("federation__external");
            }
            if (!external) {
                fieldOwners.computeIfAbsent(field.getName(), f -> new ArrayList<>()).add(subgraph);
            }
            fields.add(field.transform(b -> b.directives(List.of()).inputValueDefinitions(
                    field.getInputValueDefinitions().stream().map(Supergraph::withoutDirectives).toList())));
        }
        ObjectTypeDefinition existing = (ObjectTypeDefinition) merged.get(typeName);
        if (existing == null) {
            merged.put(typeName, ObjectTypeDefinition.newObjectTypeDefinition().name(typeName)
                    .description(object.getDescription()).fieldDefinitions(fields).build());
        } else {
            Set<String> known = new LinkedHashSet<>();
            existing.getFieldDefinitions().forEach(f -> known.add(f.getName()));
            List<FieldDefinition> all = new ArrayList<>(existing.getFieldDefinitions());
            fields.stream().filter(f -> known.add(f.getName())).forEach(all::add);
            merged.put(typeName, existing.transform(b -> b.fieldDefinitions(all)
                    .description(existing.getDescription() != null ? existing.getDescription() : object.getDescription())));
        }
    }

    private static InputValueDefinition withoutDirectives(InputValueDefinition value) {
        return value.transform(b -> b.directives(List.of()));
    }

    private static void mergeEnum(String typeName, EnumTypeDefinition enumType, Map<String, TypeDefinition<?>> merged) {
        EnumTypeDefinition existing = (EnumTypeDefinition) merged.get(typeName);
        List<EnumValueDefinition> values = new ArrayList<>(existing == null ? List.of() : existing.getEnumValueDefinitions());
        Set<String> known = new LinkedHashSet<>();
        values.forEach(v -> known.add(v.getName()));
        enumType.getEnumValueDefinitions().stream().filter(v -> known.add(v.getName()))
                .map(v -> v.transform(b -> b.directives(List.of()))).forEach(values::add);
        merged.put(typeName, enumType.transform(b -> b.directives(List.of()).enumValueDefinitions(values)
                .description(existing != null && existing.getDescription() != null
                        ? existing.getDescription()
                        : enumType.getDescription())));
    }

    private static void mergeInput(String typeName, InputObjectTypeDefinition input, Map<String, TypeDefinition<?>> merged) {
        InputObjectTypeDefinition existing = (InputObjectTypeDefinition) merged.get(typeName);
        List<InputValueDefinition> fields = new ArrayList<>(existing == null ? List.of() : existing.getInputValueDefinitions());
        Set<String> known = new LinkedHashSet<>();
        fields.forEach(v -> known.add(v.getName()));
        input.getInputValueDefinitions().stream().filter(v -> known.add(v.getName()))
                .map(Supergraph::withoutDirectives).forEach(fields::add);
        merged.put(typeName, input.transform(b -> b.directives(List.of()).inputValueDefinitions(fields)));
    }

    private static <V> void freeze(Map<String, Map<String, V>> map) {
        map.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    }

    /** The public schema (no federation machinery, no directives), for validation and introspection. */
    public GraphQLSchema schema() {
        return schema;
    }

    /** The public schema as SDL. */
    public String sdl() {
        return sdl;
    }

    public List<String> subgraphs() {
        return subgraphs;
    }

    /** The subgraphs that resolve {@code type.field}, in subgraph order (empty when none does). */
    public List<String> owners(String type, String field) {
        Map<String, List<String>> fields = owners.get(type);
        List<String> result = fields == null ? null : fields.get(field);
        return result == null ? List.of() : result;
    }

    /** Whether {@code subgraph} resolves {@code type.field} itself. */
    public boolean resolves(String subgraph, String type, String field) {
        return owners(type, field).contains(subgraph);
    }

    /** The key fields {@code subgraph} resolves entity {@code type} by through {@code _entities}, if it does. */
    public Optional<List<String>> key(String type, String subgraph) {
        Map<String, List<String>> byType = keys.get(type);
        return Optional.ofNullable(byType == null ? null : byType.get(subgraph));
    }

    /** Whether {@code type} is an entity some subgraph resolves through {@code _entities}. */
    public boolean isEntity(String type) {
        return keys.containsKey(type);
    }
}
