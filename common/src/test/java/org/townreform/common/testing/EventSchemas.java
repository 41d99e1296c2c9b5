package org.townreform.common.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.common.events.EventCatalogue;
import org.townreform.common.events.EventTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The event catalogue as integrators read it, made from the running service: one JSON Schema (2020-12) per event
 * type in {@code contracts/events/<service>/<type>.schema.json} (the CloudEvent envelope, its {@code data} the
 * schema of the record's view as the service's OpenAPI document has it), and the service's table of types in the
 * README between {@code <!-- event-types:<service> -->} markers. Checked like the other snapshots; run the service's
 * {@code EventCatalogueTest} with {@code -Devents.snapshot.update=true} to rewrite them.
 */
public final class EventSchemas {
    public static final String PROPERTY = "events.snapshot.update";
    private static final String TEST = "the service's EventCatalogueTest";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EventSchemas() {
    }

    /** Checks (or writes) every type's schema and the README's table; fails on a schema file of no type. */
    @SuppressWarnings("unchecked")
    public static void areTheCommittedOnes(String service, Map<String, EventCatalogue.Type> catalogue) {
        Map<String, Object> components;
        try {
            Map<String, Object> doc = JSON.readValue(given().queryParam("format", "json").get("/q/openapi").then()
                    .statusCode(200).extract().asString(), Map.class);
            components = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, EventCatalogue.Type> types = new TreeMap<>(catalogue);
        for (EventCatalogue.Type t : types.values()) {
            Snapshot.matches("contracts/events/" + service + "/" + t.type() + ".schema.json", PROPERTY, TEST,
                    write(schema(service, t, components)));
        }
        Path dir = Snapshot.path("contracts/events/" + service);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> stale = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".schema.json"))
                    .filter(n -> !types.containsKey(n.substring(0, n.length() - ".schema.json".length()))).toList();
            if (Boolean.getBoolean(PROPERTY)) {
                for (String n : stale) {
                    Files.delete(dir.resolve(n));
                }
            } else {
                assertThat(stale).as("schemas in %s of no event type: run %s with -D%s=true", dir, TEST, PROPERTY)
                        .isEmpty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        readmeSection(service, types);
    }

    static Map<String, Object> schema(String service, EventCatalogue.Type t, Map<String, Object> components) {
        Map<String, Object> defs = new TreeMap<>();
        Object data = dataSchema(t.data(), components, defs);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("specversion", ordered("const", "1.0"));
        properties.put("id", ordered("type", "string", "format", "uuid",
                "description", "The event's id; the webhook-id of its deliveries"));
        properties.put("source", ordered("const", "/townreform/" + service));
        properties.put("type", ordered("const", t.type()));
        String entity = t.type().substring(EventTypes.PREFIX.length()).split("\\.")[1];
        properties.put("subject", ordered("type", "string", "pattern", "^" + entity + "/",
                "description", "<entity>/<id> of the record that changed"));
        properties.put("time", ordered("type", "string", "format", "date-time"));
        properties.put("datacontenttype", ordered("const", "application/json"));
        properties.put("town", ordered("type", "string", "pattern", "^[0-9]{9}$",
                "description", "The town the record belongs to; absent for a county-wide record"));
        properties.put("data", data);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("title", t.type());
        s.put("description", t.description());
        s.put("type", "object");
        s.put("required", List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype",
                "data"));
        s.put("properties", properties);
        if (!defs.isEmpty()) {
            s.put("$defs", defs);
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Object dataSchema(Class<?> type, Map<String, Object> components, Map<String, Object> defs) {
        if (type == Void.class) {
            return ordered("type", "object", "maxProperties", 0, "description", "Empty: the record is gone");
        }
        if (type == String.class) {
            return ordered("type", "string");
        }
        String name = componentName(type);
        assertThat(components).as("the OpenAPI components hold no schema %s for %s (an event's data class must be "
                + "a documented view)", name, type.getName()).containsKey(name);
        Deque<String> todo = new ArrayDeque<>(List.of(name));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (defs.containsKey(next)) {
                continue;
            }
            Object copy = rewrite(components.get(next), todo);
            defs.put(next, copy);
        }
        return ordered("$ref", "#/$defs/" + name);
    }

    /** A deep copy with {@code #/components/schemas/X} references turned into {@code #/$defs/X}, collecting X. */
    @SuppressWarnings("unchecked")
    private static Object rewrite(Object node, Deque<String> refs) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                if ("$ref".equals(k) && v instanceof String ref && ref.startsWith("#/components/schemas/")) {
                    String target = ref.substring("#/components/schemas/".length());
                    refs.add(target);
                    out.put(k, "#/$defs/" + target);
                } else {
                    out.put(k, rewrite(v, refs));
                }
            });
            return out;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(rewrite(v, refs)));
            return out;
        }
        return node;
    }

    /** A map in the order given (Map.of's order changes from one run to the next; the files must not). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static String componentName(Class<?> type) {
        Schema s = type.getAnnotation(Schema.class);
        return s != null && !s.name().isEmpty() ? s.name() : type.getSimpleName();
    }

    private static void readmeSection(String service, Map<String, EventCatalogue.Type> types) {
        StringBuilder table = new StringBuilder("| Type | The change | `data` | Read by |\n|---|---|---|---|\n");
        for (EventCatalogue.Type t : types.values()) {
            table.append("| [`").append(t.type()).append("`](contracts/events/").append(service).append('/')
                    .append(t.type()).append(".schema.json) | ").append(t.description().replace("|", "\\|"))
                    .append(" | ").append(t.data() == Void.class ? "empty" : componentName(t.data())).append(" | ")
                    .append(t.readers().isEmpty() ? "every role" : String.join(", ", new TreeSet<>(t.readers())))
                    .append(" |\n");
        }
        String begin = "<!-- event-types:" + service + " -->";
        String end = "<!-- /event-types:" + service + " -->";
        Path readme = Snapshot.root().resolve("README.md");
        try {
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            int a = text.indexOf(begin);
            int b = text.indexOf(end);
            assertThat(a).as("README.md has no %s ... %s section", begin, end).isGreaterThanOrEqualTo(0);
            assertThat(b).isGreaterThan(a);
            String updated = text.substring(0, a + begin.length()) + "\n" + table + text.substring(b);
            if (Boolean.getBoolean(PROPERTY)) {
                Files.writeString(readme, updated, StandardCharsets.UTF_8);
            } else {
                assertThat(text).as("README.md's event types of %s are not the catalogue's: run %s with -D%s=true",
                        service, TEST, PROPERTY).isEqualTo(updated);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
