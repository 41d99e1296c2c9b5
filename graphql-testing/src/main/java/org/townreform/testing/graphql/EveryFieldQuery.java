package org.townreform.testing.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds, from a schema's introspection, one query that selects every field reachable from {@code Query} down to a
 * depth, the way a dashboard developer combines fields: siblings side by side, objects inside objects. Arguments a field
 * requires come from samples (GraphQL literals, by {@code Type.field.argument} or by argument name); a field whose
 * required argument has no sample is left out and listed in {@link #skipped()}. Optional arguments are left out.
 * <p>
 * Object fields at the last level are left out (a level of scalars only); a union or interface is selected as
 * {@code __typename} plus a fragment per possible type.
 */
public final class EveryFieldQuery {
    /** The introspection query this class reads the answer of. */
    public static final String INTROSPECTION = """
            { __schema { queryType { name } types { kind name
                possibleTypes { name }
                fields(includeDeprecated: true) { name
                  args { name type { ...T } }
                  type { ...T } } } } }
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
            """;

    private final Map<String, Map<String, Object>> types = new HashMap<>();
    private final Map<String, String> samples;
    private final Set<String> leaveOut;
    private final int depth;
    private final Set<String> skipped = new TreeSet<>();
    private final Set<String> selected = new TreeSet<>();
    private final String query;

    /**
     * @param introspection the {@code data} of {@link #INTROSPECTION}'s answer
     * @param samples GraphQL literals for arguments, by {@code Type.field.argument} or by argument name
     * @param leaveOut fields not to select ({@code Type.field}), each for a reason the caller gives
     * @param depth how many levels of selections, the root fields being the first
     */
    @SuppressWarnings("unchecked")
    public EveryFieldQuery(Map<String, Object> introspection, Map<String, String> samples, Set<String> leaveOut, int depth) {
        Map<String, Object> schema = (Map<String, Object>) introspection.get("__schema");
        for (Map<String, Object> type : (List<Map<String, Object>>) schema.get("types")) {
            types.put((String) type.get("name"), type);
        }
        this.samples = samples;
        this.leaveOut = leaveOut;
        this.depth = depth;
        String root = (String) ((Map<String, Object>) schema.get("queryType")).get("name");
        this.query = "query EveryField " + selection(root, 1);
    }

    public String query() {
        return query;
    }

    /** Fields left out for want of a sample of a required argument, as {@code Type.field(argument)}. */
    public Set<String> skipped() {
        return skipped;
    }

    /** Every field the query selects, as {@code Type.field}. */
    public Set<String> selected() {
        return selected;
    }

    @SuppressWarnings("unchecked")
    private String selection(String typeName, int level) {
        Map<String, Object> type = types.get(typeName);
        String kind = (String) type.get("kind");
        if (kind.equals("UNION") || kind.equals("INTERFACE")) {
            StringBuilder b = new StringBuilder("{ __typename");
            for (Map<String, Object> possible : (List<Map<String, Object>>) type.get("possibleTypes")) {
                String inner = selection((String) possible.get("name"), level);
                if (!inner.isEmpty()) {
                    b.append(" ... on ").append(possible.get("name")).append(' ').append(inner);
                }
            }
            return b.append(" }").toString();
        }
        List<String> fields = new ArrayList<>();
        for (Map<String, Object> field : (List<Map<String, Object>>) type.get("fields")) {
            String name = (String) field.get("name");
            String path = typeName + "." + name;
            if (name.startsWith("__") || leaveOut.contains(path)) {
                continue;
            }
            Map<String, Object> fieldType = unwrap((Map<String, Object>) field.get("type"));
            String fieldKind = (String) fieldType.get("kind");
            boolean leaf = fieldKind.equals("SCALAR") || fieldKind.equals("ENUM");
            if (!leaf && level == depth) {
                continue;
            }
            String arguments = arguments(typeName, field);
            if (arguments == null) {
                continue;
            }
            if (leaf) {
                fields.add(name + arguments);
            } else {
                String inner = selection((String) fieldType.get("name"), level + 1);
                fields.add(name + arguments + " " + (inner.isEmpty() ? "{ __typename }" : inner));
            }
            selected.add(path);
        }
        return fields.isEmpty() ? "" : "{ " + String.join(" ", fields) + " }";
    }

    /** The field's arguments as GraphQL text ({@code ""} for none), or {@code null} when a required one has no sample. */
    @SuppressWarnings("unchecked")
    private String arguments(String typeName, Map<String, Object> field) {
        List<String> given = new ArrayList<>();
        for (Map<String, Object> argument : (List<Map<String, Object>>) field.get("args")) {
            String name = (String) argument.get("name");
            String sample = samples.getOrDefault(typeName + "." + field.get("name") + "." + name, samples.get(name));
            boolean required = ((Map<String, Object>) argument.get("type")).get("kind").equals("NON_NULL");
            if (sample != null) {
                given.add(name + ": " + sample);
            } else if (required) {
                skipped.add(typeName + "." + field.get("name") + "(" + name + ")");
                return null;
            }
        }
        return given.isEmpty() ? "" : "(" + String.join(", ", given) + ")";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> unwrap(Map<String, Object> type) {
        Map<String, Object> t = type;
        while (t.get("ofType") != null && (t.get("kind").equals("NON_NULL") || t.get("kind").equals("LIST"))) {
            t = (Map<String, Object>) t.get("ofType");
        }
        return t;
    }
}
