package org.townreform.common.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The examples of an OpenAPI 3.1 document, checked: every operation's request body (when it takes one) and every 2xx
 * JSON answer has an example, every problem answer too, and each example validates against its media type's schema
 * (JSON Schema 2020-12, formats asserted, {@code $ref}s resolved in the document's components). An example is the media
 * type's {@code example} or each of its {@code examples} (a {@code $ref} to {@code #/components/examples/...}
 * followed).
 */
public final class ContractExamples {
    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document;
    /** 2020-12, with the document's {@code components} (where the references lead) known as no assertion. */
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keyword(new NonValidationKeyword("components")).build()));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private final Map<String, JsonSchema> schemas = new HashMap<>();
    private int checked;

    private ContractExamples(JsonNode document) {
        this.document = document;
    }

    /** What is wrong with the examples of {@code document} (empty when nothing), and how many were checked. */
    public static Result check(JsonNode document) {
        ContractExamples c = new ContractExamples(document);
        List<String> problems = c.run();
        return new Result(problems, c.checked);
    }

    /** @param problems one line per missing or invalid example; @param checked how many examples were validated */
    public record Result(List<String> problems, int checked) {
    }

    private List<String> run() {
        List<String> problems = new ArrayList<>();
        JsonNode paths = document.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                String where = method.toUpperCase() + " " + path.getKey() + " (" + op.path("operationId").asText()
                        + ")";
                JsonNode body = op.path("requestBody").path("content");
                if (op.has("requestBody") && body.isEmpty()) {
                    problems.add(where + ": request body without content");
                }
                body.fields().forEachRemaining(m -> check(where + " request " + m.getKey(), m.getValue(), problems));
                boolean success = false;
                for (Iterator<Map.Entry<String, JsonNode>> rs = op.path("responses").fields(); rs.hasNext();) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    boolean ok = r.getKey().startsWith("2");
                    success |= ok;
                    r.getValue().path("content").fields().forEachRemaining(m -> {
                        if (ok ? json(m.getKey()) : m.getKey().equals("application/problem+json")) {
                            check(where + " " + r.getKey() + " " + m.getKey(), m.getValue(), problems);
                        }
                    });
                }
                if (!success) {
                    problems.add(where + ": no 2xx answer");
                }
            }
        }
        return problems;
    }

    private static boolean json(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private void check(String where, JsonNode mediaType, List<String> problems) {
        List<JsonNode> examples = new ArrayList<>();
        if (mediaType.has("example")) {
            examples.add(mediaType.get("example"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = mediaType.path("examples").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode example = e.getValue();
            if (example.has("$ref")) {
                example = resolve(example.get("$ref").asText());
                if (example == null) {
                    problems.add(where + ": example " + e.getKey() + " refers to nothing");
                    continue;
                }
            }
            if (!example.has("value")) {
                problems.add(where + ": example " + e.getKey() + " has no value");
                continue;
            }
            examples.add(example.get("value"));
        }
        if (!mediaType.has("example") && mediaType.path("examples").isEmpty()) {
            problems.add(where + ": no example");
            return;
        }
        if (!mediaType.has("schema")) {
            problems.add(where + ": no schema to check the example against");
            return;
        }
        for (JsonNode example : examples) {
            checked++;
            Set<ValidationMessage> wrong = schema(mediaType.get("schema")).validate(example);
            if (!wrong.isEmpty()) {
                problems.add(where + ": the example does not fit its schema: " + wrong.stream()
                        .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
            }
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode n = document.at(ref.substring(1));
        return n.isMissingNode() ? null : n;
    }

    /** The media type's schema as a 2020-12 schema whose {@code #/components/...} references resolve. */
    private JsonSchema schema(JsonNode schema) {
        return schemas.computeIfAbsent(schema.toString(), k -> {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("$schema", DIALECT);
            root.setAll((ObjectNode) schema.deepCopy());
            root.set("components", document.path("components"));
            return factory.getSchema(root, config);
        });
    }
}
