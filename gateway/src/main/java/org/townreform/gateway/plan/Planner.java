package org.townreform.gateway.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.townreform.gateway.schema.Supergraph;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Turns a validated operation into a {@link Plan}: named and inline fragments expanded, {@code @skip}/{@code @include}
 * applied, root fields grouped by the subgraph that owns them (one request per subgraph), and every field a subgraph
 * cannot resolve itself moved into an {@code _entities} request to the subgraph that can, keyed by the entity's key
 * fields, which are added to the parent request under {@link #KEY_ALIAS} aliases. Entity requests of the same subgraph,
 * type and selection under one parent request are merged into one, whatever the number of paths or objects: the number
 * of downstream requests depends on the operation's shape only.
 * <p>
 * Variables are passed through: each downstream query declares the client's variables it uses, so a plan serves every
 * request with the same query text (and the same values of the variables {@code @skip}/{@code @include} read).
 */
public final class Planner {
    /** Alias prefix of the key fields added to a parent request: {@code _gwk_code: code}. */
    public static final String KEY_ALIAS = "_gwk_";
    /** The variable that carries the representations of an {@code _entities} request. */
    public static final String REPRESENTATIONS = "_gw_representations";

    private final Supergraph supergraph;

    public Planner(Supergraph supergraph) {
        this.supergraph = supergraph;
    }

    /** The names of the variables {@code @skip}/{@code @include} read in this document (their values key the plan). */
    public static Set<String> conditionVariables(Document document) {
        Set<String> names = new LinkedHashSet<>();
        for (Object definition : document.getDefinitions()) {
            SelectionSet set = definition instanceof OperationDefinition o
                    ? o.getSelectionSet()
                    : definition instanceof FragmentDefinition f ? f.getSelectionSet() : null;
            if (set != null) {
                collectConditionVariables(set, names);
            }
        }
        return names;
    }

    private static void collectConditionVariables(SelectionSet set, Set<String> names) {
        for (Selection<?> selection : set.getSelections()) {
            List<Directive> directives = selection instanceof Field f
                    ? f.getDirectives()
                    : selection instanceof InlineFragment i
                            ? i.getDirectives()
                            : ((FragmentSpread) selection).getDirectives();
            for (Directive directive : directives) {
                Argument argument = directive.getArgument("if");
                if (argument != null && argument.getValue() instanceof VariableReference ref) {
                    names.add(ref.getName());
                }
            }
            SelectionSet inner = selection instanceof Field f
                    ? f.getSelectionSet()
                    : selection instanceof InlineFragment i ? i.getSelectionSet() : null;
            if (inner != null) {
                collectConditionVariables(inner, names);
            }
        }
    }

    /**
     * Plans the operation {@code operationName} (or the only one) of a validated document.
     *
     * @param conditions values of the variables {@code @skip}/{@code @include} read
     */
    public Plan plan(Document document, String operationName, Map<String, Object> conditions) {
        OperationDefinition operation = null;
        Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        int operations = 0;
        for (Object definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition o) {
                operations++;
                if (operationName == null ? operation == null : operationName.equals(o.getName())) {
                    operation = o;
                }
            } else if (definition instanceof FragmentDefinition f) {
                fragments.put(f.getName(), f);
            }
        }
        if (operation == null || (operationName == null && operations > 1)) {
            throw new PlanningException("GRAPHQL_VALIDATION_FAILED", operationName == null
                    ? "The document holds several operations: name the one to run in operationName"
                    : "The document holds no operation named '" + operationName + "'");
        }
        String kind = switch (operation.getOperation()) {
            case QUERY -> "query";
            case MUTATION -> "mutation";
            case SUBSCRIPTION -> throw new PlanningException("GRAPHQL_VALIDATION_FAILED",
                    "Subscriptions are not supported by the gateway");
        };
        GraphQLObjectType rootType = kind.equals("query")
                ? supergraph.schema().getQueryType()
                : supergraph.schema().getMutationType();
        if (rootType == null) {
            throw new PlanningException("GRAPHQL_VALIDATION_FAILED", "The schema has no " + kind + " type");
        }
        Context context = new Context(fragments, conditions, operation);
        List<PField> fields = fields(context, rootType, List.of(operation.getSelectionSet()));
        int[] measures = measure(fields, 1);
        boolean introspection = fields.stream().allMatch(f -> f.name().startsWith("__"));
        boolean anyIntrospection = fields.stream().anyMatch(f -> f.name().equals("__schema") || f.name().equals("__type"));
        if (anyIntrospection && !introspection) {
            throw new PlanningException("GRAPHQL_VALIDATION_FAILED",
                    "Ask __schema or __type in an operation of their own, not next to data fields");
        }
        List<Fetch> fetches = introspection ? List.of() : rootFetches(context, kind, fields);
        return new Plan(kind, fields, fetches, introspection, measures[0], measures[1]);
    }

    /** {depth, field count} of a selection at the given depth. */
    private static int[] measure(List<PField> fields, int depth) {
        int maxDepth = fields.isEmpty() ? depth - 1 : depth;
        int count = 0;
        for (PField field : fields) {
            count++;
            if (field.children() != null) {
                int[] inner = measure(field.children(), depth + 1);
                maxDepth = Math.max(maxDepth, inner[0]);
                count += inner[1];
            }
        }
        return new int[]{maxDepth, count};
    }

    private record Context(Map<String, FragmentDefinition> fragments, Map<String, Object> conditions,
            OperationDefinition operation) {
    }

    // ---- field collection -------------------------------------------------------------------------------------------

    private List<PField> fields(Context context, GraphQLObjectType type, List<SelectionSet> sets) {
        Map<String, List<Field>> byKey = new LinkedHashMap<>();
        for (SelectionSet set : sets) {
            collect(context, type, set, byKey, new LinkedHashSet<>());
        }
        List<PField> result = new ArrayList<>(byKey.size());
        for (Map.Entry<String, List<Field>> entry : byKey.entrySet()) {
            Field first = entry.getValue().get(0);
            String name = first.getName();
            GraphQLOutputType fieldType;
            if (name.equals("__typename")) {
                fieldType = graphql.Scalars.GraphQLString;
            } else if (name.equals("__schema") || name.equals("__type")) {
                result.add(new PField(entry.getKey(), name, "", List.of(), graphql.Scalars.GraphQLString, null, null));
                continue;
            } else {
                GraphQLFieldDefinition definition = type.getFieldDefinition(name);
                if (definition == null) {
                    throw new PlanningException("GRAPHQL_VALIDATION_FAILED",
                            "Field '" + name + "' is not defined on type '" + type.getName() + "'");
                }
                fieldType = definition.getType();
            }
            GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(fieldType);
            String arguments = printArguments(first.getArguments());
            List<String> variables = new ArrayList<>(0);
            for (Argument argument : first.getArguments()) {
                referencedVariables(argument.getValue(), variables);
            }
            if (unwrapped instanceof GraphQLObjectType objectType) {
                List<SelectionSet> inner = new ArrayList<>();
                for (Field field : entry.getValue()) {
                    if (field.getSelectionSet() != null) {
                        inner.add(field.getSelectionSet());
                    }
                }
                result.add(new PField(entry.getKey(), name, arguments, List.copyOf(variables), fieldType, objectType.getName(),
                        List.copyOf(fields(context, objectType, inner))));
            } else {
                result.add(new PField(entry.getKey(), name, arguments, List.copyOf(variables), fieldType, null, null));
            }
        }
        return result;
    }

    private void collect(Context context, GraphQLObjectType type, SelectionSet set, Map<String, List<Field>> byKey,
            Set<String> visitedFragments) {
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (included(context, field.getDirectives())) {
                    String key = field.getAlias() != null ? field.getAlias() : field.getName();
                    byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(field);
                }
            } else if (selection instanceof InlineFragment inline) {
                if (included(context, inline.getDirectives()) && applies(type, inline.getTypeCondition() == null
                        ? null
                        : inline.getTypeCondition().getName())) {
                    collect(context, type, inline.getSelectionSet(), byKey, visitedFragments);
                }
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = context.fragments().get(spread.getName());
                if (fragment != null && included(context, spread.getDirectives())
                        && applies(type, fragment.getTypeCondition().getName())
                        && visitedFragments.add(spread.getName())) {
                    collect(context, type, fragment.getSelectionSet(), byKey, visitedFragments);
                    visitedFragments.remove(spread.getName());
                }
            }
        }
    }

    private static boolean applies(GraphQLObjectType type, String condition) {
        return condition == null || condition.equals(type.getName());
    }

    private static boolean included(Context context, List<Directive> directives) {
        for (Directive directive : directives) {
            boolean skip = directive.getName().equals("skip");
            if (skip || directive.getName().equals("include")) {
                Argument argument = directive.getArgument("if");
                boolean value = argument != null && truth(context, argument.getValue());
                if (skip == value) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean truth(Context context, Value<?> value) {
        if (value instanceof BooleanValue b) {
            return b.isValue();
        }
        if (value instanceof VariableReference ref) {
            Object given = context.conditions().get(ref.getName());
            if (given == null && !context.conditions().containsKey(ref.getName())) {
                for (VariableDefinition definition : context.operation().getVariableDefinitions()) {
                    if (definition.getName().equals(ref.getName()) && definition.getDefaultValue() instanceof BooleanValue b) {
                        return b.isValue();
                    }
                }
            }
            return Boolean.TRUE.equals(given);
        }
        return false;
    }

    private static String printArguments(List<Argument> arguments) {
        if (arguments.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Argument argument = arguments.get(i);
            text.append(argument.getName()).append(':').append(AstPrinter.printAstCompact(argument.getValue()));
        }
        return text.append(')').toString();
    }

    // ---- downstream requests ----------------------------------------------------------------------------------------

    private List<Fetch> rootFetches(Context context, String kind, List<PField> fields) {
        String rootType = kind.equals("query") ? "Query" : "Mutation";
        // Group by owner; a mutation keeps its order (consecutive fields of one subgraph share a request).
        List<Map.Entry<String, List<PField>>> groups = new ArrayList<>();
        Map<String, List<PField>> byOwner = new LinkedHashMap<>();
        for (PField field : fields) {
            if (field.isTypename()) {
                continue;
            }
            List<String> owners = supergraph.owners(rootType, field.name());
            if (owners.isEmpty()) {
                throw new PlanningException("GRAPHQL_VALIDATION_FAILED",
                        "No subgraph resolves " + rootType + "." + field.name());
            }
            String owner = owners.get(0);
            if (kind.equals("mutation")) {
                if (groups.isEmpty() || !groups.get(groups.size() - 1).getKey().equals(owner)) {
                    groups.add(Map.entry(owner, new ArrayList<>()));
                }
                groups.get(groups.size() - 1).getValue().add(field);
            } else {
                byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(field);
            }
        }
        if (kind.equals("query")) {
            groups.addAll(byOwner.entrySet());
        }
        List<Fetch> fetches = new ArrayList<>();
        for (Map.Entry<String, List<PField>> group : groups) {
            String subgraph = group.getKey();
            StringBuilder selection = new StringBuilder();
            Set<String> variables = new LinkedHashSet<>();
            List<Fetch> children = new ArrayList<>();
            select(context, subgraph, rootType, group.getValue(), List.of(), selection, variables, children);
            String query = kind + declarations(context, variables, null) + selection;
            fetches.add(new Fetch(subgraph, null, List.of(), List.of(List.of()), query, List.copyOf(variables),
                    List.copyOf(group.getValue()), mergeSiblings(children)));
        }
        return List.copyOf(fetches);
    }

    private void select(Context context, String subgraph, String type, List<PField> fields, List<String> path,
            StringBuilder out, Set<String> variables, List<Fetch> children) {
        out.append('{');
        int start = out.length();
        Map<String, List<PField>> foreign = null;
        for (PField field : fields) {
            if (field.isTypename()) {
                continue; // answered by the gateway: every type is an object type
            }
            if (supergraph.resolves(subgraph, type, field.name())) {
                if (out.length() > start) {
                    out.append(' ');
                }
                out.append(field.printed());
                variables.addAll(field.variables());
                if (field.children() != null) {
                    List<String> inner = new ArrayList<>(path.size() + 1);
                    inner.addAll(path);
                    inner.add(field.responseKey());
                    select(context, subgraph, field.objectType(), field.children(), List.copyOf(inner), out, variables,
                            children);
                }
            } else {
                String owner = entityOwner(subgraph, type, field.name());
                if (foreign == null) {
                    foreign = new LinkedHashMap<>();
                }
                foreign.computeIfAbsent(owner, o -> new ArrayList<>()).add(field);
            }
        }
        if (foreign != null) {
            Set<String> keyFields = new LinkedHashSet<>();
            for (Map.Entry<String, List<PField>> entry : foreign.entrySet()) {
                List<String> key = supergraph.key(type, entry.getKey()).orElseThrow();
                keyFields.addAll(key);
                StringBuilder selection = new StringBuilder();
                Set<String> entityVariables = new LinkedHashSet<>();
                List<Fetch> grandChildren = new ArrayList<>();
                select(context, entry.getKey(), type, entry.getValue(), path, selection, entityVariables, grandChildren);
                String query = "query" + declarations(context, entityVariables, REPRESENTATIONS)
                        + "{_entities(representations:$"
                        + REPRESENTATIONS + "){...on " + type + selection + "}}";
                children.add(new Fetch(entry.getKey(), type, key, List.of(path), query, List.copyOf(entityVariables),
                        List.copyOf(entry.getValue()), mergeSiblings(grandChildren)));
            }
            for (String keyField : keyFields) {
                if (!supergraph.resolves(subgraph, type, keyField)) {
                    throw new PlanningException("GRAPHQL_VALIDATION_FAILED", "Subgraph " + subgraph
                            + " cannot give the key field " + type + "." + keyField + " another subgraph needs");
                }
                if (out.length() > start) {
                    out.append(' ');
                }
                out.append(KEY_ALIAS).append(keyField).append(':').append(keyField);
            }
        }
        if (out.length() == start) {
            out.append("__typename"); // a selection may not be empty
        }
        out.append('}');
    }

    private String entityOwner(String from, String type, String field) {
        for (String owner : supergraph.owners(type, field)) {
            if (supergraph.key(type, owner).isPresent()) {
                return owner;
            }
        }
        throw new PlanningException("GRAPHQL_VALIDATION_FAILED", "Field " + type + "." + field
                + " cannot be reached from subgraph " + from + ": no subgraph that resolves it resolves " + type
                + " by key");
    }

    /** Entity requests of one subgraph, type and query under the same parent become one request over all paths. */
    private static List<Fetch> mergeSiblings(List<Fetch> fetches) {
        if (fetches.size() < 2) {
            return List.copyOf(fetches);
        }
        Map<String, Fetch> merged = new LinkedHashMap<>();
        for (Fetch fetch : fetches) {
            String key = fetch.subgraph() + '\n' + fetch.query();
            Fetch existing = merged.get(key);
            if (existing == null) {
                merged.put(key, fetch);
            } else {
                List<List<String>> paths = new ArrayList<>(existing.paths());
                paths.addAll(fetch.paths());
                List<Fetch> children = new ArrayList<>(existing.children());
                children.addAll(fetch.children());
                merged.put(key, new Fetch(existing.subgraph(), existing.entityType(), existing.keyFields(),
                        List.copyOf(paths), existing.query(), existing.variables(), existing.fields(),
                        mergeSiblings(children)));
            }
        }
        return List.copyOf(merged.values());
    }

    private static void referencedVariables(Value<?> value, List<String> names) {
        if (value instanceof VariableReference ref) {
            if (!names.contains(ref.getName())) {
                names.add(ref.getName());
            }
        } else if (value instanceof ArrayValue array) {
            array.getValues().forEach(v -> referencedVariables(v, names));
        } else if (value instanceof ObjectValue object) {
            for (ObjectField field : object.getObjectFields()) {
                referencedVariables(field.getValue(), names);
            }
        }
    }

    private static String declarations(Context context, Set<String> variables, String representations) {
        if (variables.isEmpty() && representations == null) {
            return "";
        }
        StringBuilder text = new StringBuilder("(");
        if (representations != null) {
            text.append('$').append(representations).append(":[_Any!]!");
        }
        for (VariableDefinition definition : context.operation().getVariableDefinitions()) {
            if (variables.contains(definition.getName())) {
                if (text.length() > 1) {
                    text.append(',');
                }
                text.append('$').append(definition.getName()).append(':')
                        .append(AstPrinter.printAstCompact(definition.getType()));
                if (definition.getDefaultValue() != null) {
                    text.append('=').append(AstPrinter.printAstCompact(definition.getDefaultValue()));
                }
            }
        }
        return text.append(')').toString();
    }
}
