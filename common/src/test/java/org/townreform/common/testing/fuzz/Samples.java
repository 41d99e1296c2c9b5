package org.townreform.common.testing.fuzz;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.townreform.common.testing.fuzz.ApiDocument.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Valid-looking values for a schema: the service's hints by property name first (real ids and codes from its fixtures),
 * then what the schema says (enum, format, pattern, bounds). An object gets its required properties and those with a
 * hint; the optional rest are left out of the baseline and only appear in mutations.
 */
final class Samples {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Map<String, JsonNode> hints;
    private final String date;

    Samples(Map<String, JsonNode> hints, String date) {
        this.hints = hints;
        this.date = date;
    }

    JsonNode of(Schema s, String name) {
        return of(s, name, 0);
    }

    private JsonNode of(Schema s, String name, int depth) {
        if (name != null && hints.containsKey(name)) {
            return hints.get(name).deepCopy();
        }
        String type = s.type();
        if (type == null) {
            return F.textNode("x");
        }
        return switch (type) {
            case "string" -> F.textNode(string(s, name));
            case "integer" -> F.numberNode(integer(s, name));
            case "number" -> F.numberNode(number(s));
            case "boolean" -> F.booleanNode(false);
            case "array" -> {
                ArrayNode a = F.arrayNode();
                BigDecimal min = s.number("minItems");
                int n = Math.max(1, min == null ? 1 : min.intValue());
                for (int i = 0; i < n && depth < 6; i++) {
                    a.add(of(s.items(), singular(name), depth + 1));
                }
                yield a;
            }
            case "object" -> {
                ObjectNode o = F.objectNode();
                Set<String> required = s.required();
                if (depth < 6) {
                    s.properties().forEach((prop, ps) -> {
                        if (required.contains(prop) || hints.containsKey(prop)) {
                            o.set(prop, of(ps, prop, depth + 1));
                        }
                    });
                }
                yield o;
            }
            default -> F.textNode("x");
        };
    }

    String date() {
        return date;
    }

    private String string(Schema s, String name) {
        if (!s.enumValues().isEmpty()) {
            return s.enumValues().get(0);
        }
        String format = s.format();
        if ("date".equals(format)) {
            return date;
        }
        if ("date-time".equals(format)) {
            return date + "T10:00:00+08:00";
        }
        String pattern = s.pattern();
        if (pattern != null) {
            if (pattern.equals("\\d{9}")) {
                return "441900113";
            }
            if (pattern.equals("\\d{4}-\\d{2}")) {
                return date.substring(0, 7);
            }
            if (pattern.startsWith("[0-9+")) {
                return "13800138000";
            }
        }
        if (name != null && name.toLowerCase().contains("phone")) {
            return "13800138000";
        }
        String v = "fuzz-" + (name == null ? "value" : name);
        BigDecimal max = s.number("maxLength");
        return max != null && v.length() > max.intValue() ? v.substring(0, Math.max(1, max.intValue())) : v;
    }

    private long integer(Schema s, String name) {
        BigDecimal min = s.number("minimum");
        BigDecimal exclusive = s.number("exclusiveMinimum");
        BigDecimal max = s.number("maximum");
        long v = name != null && name.toLowerCase().endsWith("year") ? Long.parseLong(date.substring(0, 4)) : 1;
        if (min != null && v < min.longValue()) {
            v = min.longValue();
        }
        if (exclusive != null && v <= exclusive.longValue()) {
            v = exclusive.longValue() + 1;
        }
        if (max != null && v > max.longValue()) {
            v = max.longValue();
        }
        return v;
    }

    private BigDecimal number(Schema s) {
        BigDecimal max = s.number("maximum");
        BigDecimal min = s.number("minimum");
        BigDecimal v = max != null && max.compareTo(BigDecimal.ONE) <= 0 ? new BigDecimal("0.5") : new BigDecimal("100.00");
        if (min != null && v.compareTo(min) < 0) {
            v = min;
        }
        return v;
    }

    private static String singular(String name) {
        if (name == null) {
            return null;
        }
        if (name.endsWith("Ids")) {
            return name.substring(0, name.length() - 3) + "Id";
        }
        if (name.endsWith("Codes")) {
            return name.substring(0, name.length() - 5) + "Code";
        }
        return name + "[]";
    }
}
