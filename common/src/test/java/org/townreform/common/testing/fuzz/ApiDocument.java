package org.townreform.common.testing.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI 3 document as the fuzzer reads it: its operations, their parameters and request bodies, and their
 * schemas with {@code $ref}, {@code allOf} and 3.1 type lists resolved. Plain Jackson tree walking: the document SmallRye
 * writes uses a small part of the specification, and a parser library would add a dozen jars to every service's tests.
 */
public final class ApiDocument {
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    public static ApiDocument parse(String json) {
        try {
            return new ApiDocument(new ObjectMapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an OpenAPI document in JSON", e);
        }
    }

    /** Every operation, in the document's order of paths and methods. */
    public List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("paths").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                for (JsonNode list : List.of(op.path("parameters"), path.getValue().path("parameters"))) {
                    for (JsonNode p : list) {
                        p = deref(p);
                        if (seen.add(p.path("in").asText() + ":" + p.path("name").asText())) {
                            parameters.add(new Parameter(p.path("in").asText(), p.path("name").asText(),
                                    p.path("required").asBoolean(false), schema(p.path("schema"))));
                        }
                    }
                }
                Body body = null;
                JsonNode rb = op.get("requestBody");
                if (rb != null) {
                    rb = deref(rb);
                    List<String> types = new ArrayList<>();
                    rb.path("content").fieldNames().forEachRemaining(types::add);
                    String main = types.contains("application/json")
                            ? "application/json"
                            : types.isEmpty() ? null : types.get(0);
                    body = new Body(types, main == null ? schema(null) : schema(rb.path("content").path(main).path("schema")),
                            rb.path("required").asBoolean(false));
                }
                ops.add(new Operation(method.toUpperCase(), path.getKey(), parameters, body));
            }
        }
        return ops;
    }

    /** The methods the document lists for a path. */
    public Set<String> methods(String path) {
        Set<String> methods = new LinkedHashSet<>();
        JsonNode item = root.path("paths").path(path);
        for (String m : METHODS) {
            if (item.has(m)) {
                methods.add(m.toUpperCase());
            }
        }
        return methods;
    }

    Schema schema(JsonNode node) {
        return new Schema(this, resolve(node, 0));
    }

    private JsonNode deref(JsonNode node) {
        for (int i = 0; i < 10 && node != null && node.has("$ref"); i++) {
            node = pointer(node.get("$ref").asText());
        }
        return node;
    }

    private JsonNode pointer(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("external $ref not supported: " + ref);
        }
        return root.at(ref.substring(1));
    }

    /** Follows {@code $ref} (keeping sibling keywords), merges {@code allOf}, takes the first of {@code anyOf/oneOf}. */
    private JsonNode resolve(JsonNode node, int depth) {
        if (node == null || node.isMissingNode() || node.isNull() || depth > 20) {
            return new ObjectMapper().createObjectNode();
        }
        ObjectNode out;
        if (node.has("$ref")) {
            out = ((ObjectNode) resolve(pointer(node.get("$ref").asText()), depth + 1)).deepCopy();
            node.properties().forEach(e -> {
                if (!e.getKey().equals("$ref")) {
                    out.set(e.getKey(), e.getValue());
                }
            });
        } else {
            out = ((ObjectNode) node).deepCopy();
        }
        if (out.has("allOf")) {
            JsonNode parts = out.remove("allOf");
            for (JsonNode part : parts) {
                JsonNode r = resolve(part, depth + 1);
                r.properties().forEach(e -> {
                    if (e.getKey().equals("properties") && out.has("properties")) {
                        ((ObjectNode) out.get("properties")).setAll((ObjectNode) e.getValue());
                    } else if (e.getKey().equals("required") && out.has("required")) {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) out.get("required")).addAll(
                                (com.fasterxml.jackson.databind.node.ArrayNode) e.getValue());
                    } else if (!out.has(e.getKey())) {
                        out.set(e.getKey(), e.getValue());
                    }
                });
            }
        }
        for (String alt : List.of("anyOf", "oneOf")) {
            if (out.has(alt)) {
                JsonNode parts = out.remove(alt);
                for (JsonNode part : parts) {
                    JsonNode r = resolve(part, depth + 1);
                    if (!"null".equals(r.path("type").asText())) {
                        r.properties().forEach(e -> {
                            if (!out.has(e.getKey())) {
                                out.set(e.getKey(), e.getValue());
                            }
                        });
                        break;
                    }
                }
            }
        }
        JsonNode type = out.get("type");
        if (type != null && type.isArray()) {
            String first = null;
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    first = t.asText();
                    break;
                }
            }
            if (first == null) {
                out.remove("type");
            } else {
                out.put("type", first);
            }
        }
        return out;
    }

    /** One operation: {@code POST /api/v1/towns/{code}/units}. */
    public record Operation(String method, String path, List<Parameter> parameters, Body body) {
        public String key() {
            return method + " " + path;
        }

        public boolean writes() {
            return !method.equals("GET");
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        public boolean hasHeader(String name) {
            return parameters.stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase(name));
        }
    }

    public record Parameter(String in, String name, boolean required, Schema schema) {
    }

    /** A request body: its media types (JSON first when offered), the main one's schema, and whether it is required. */
    public record Body(List<String> mediaTypes, Schema schema, boolean required) {
        public boolean json() {
            return mediaTypes.contains("application/json");
        }

        public boolean multipart() {
            return mediaTypes.stream().anyMatch(t -> t.startsWith("multipart/"));
        }
    }

    /** A resolved schema and the few keywords the fuzzer reads. */
    public static final class Schema {
        private final ApiDocument doc;
        private final JsonNode node;

        Schema(ApiDocument doc, JsonNode node) {
            this.doc = doc;
            this.node = node;
        }

        /** {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code array}, {@code object} or null. */
        public String type() {
            String t = node.path("type").asText(null);
            if (t != null) {
                return t;
            }
            if (node.has("properties")) {
                return "object";
            }
            if (node.has("items")) {
                return "array";
            }
            if (node.has("enum")) {
                return "string";
            }
            return null;
        }

        public boolean numeric() {
            return "integer".equals(type()) || "number".equals(type());
        }

        public String format() {
            return node.path("format").asText(null);
        }

        public String pattern() {
            return node.path("pattern").asText(null);
        }

        public List<String> enumValues() {
            List<String> values = new ArrayList<>();
            node.path("enum").forEach(v -> values.add(v.asText()));
            return values;
        }

        public Map<String, Schema> properties() {
            Map<String, Schema> props = new LinkedHashMap<>();
            node.path("properties").properties().forEach(e -> props.put(e.getKey(), doc.schema(e.getValue())));
            return props;
        }

        public Set<String> required() {
            Set<String> names = new LinkedHashSet<>();
            node.path("required").forEach(n -> names.add(n.asText()));
            return names;
        }

        public Schema items() {
            return doc.schema(node.get("items"));
        }

        /** A numeric keyword ({@code maxLength}, {@code minimum}, ...) or null when absent. */
        public java.math.BigDecimal number(String keyword) {
            JsonNode v = node.get(keyword);
            return v != null && v.isNumber() ? v.decimalValue() : null;
        }

        /** Whether a value of any length cannot satisfy this schema, so that a 1 MB string must be refused. */
        public boolean bounded() {
            String p = pattern();
            boolean fixedPattern = p != null && !p.contains("+") && !p.contains("*") && p.matches(".*\\{\\d+(,\\d+)?}.*");
            return number("maxLength") != null || fixedPattern || format() != null || !enumValues().isEmpty();
        }

        @Override
        public String toString() {
            return node.toString();
        }
    }
}
