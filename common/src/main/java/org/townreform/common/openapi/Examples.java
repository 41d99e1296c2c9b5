package org.townreform.common.openapi;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Example values composed from schemas, for the request and response examples of the contract (ContractFilter).
 * <p>
 * A schema's own example comes first ({@code examples[0]}, else {@code example}, else {@code const}), even on a
 * {@code $ref}; else a {@code $ref} to {@code #/components/schemas/...} is followed (a schema already being composed
 * further up is not entered again: an optional property or an array item that would close a cycle is left out); an
 * object gets each of its properties, an array one item (or {@code minItems}), a string a value that fits its enum,
 * format and pattern ({@code date} {@value #DATE}, {@code date-time} {@value #TIMESTAMP}, {@code decimal}
 * {@value #DECIMAL}), an integer its minimum or 1, a boolean {@code true}. {@code null} when no value could be found
 * (an unknown pattern with no example: give the property one with {@code @Schema(example = ...)}).
 */
public final class Examples {
    public static final String DATE = "2026-03-02";
    public static final String TIMESTAMP = "2026-03-02T09:30:00+08:00";
    public static final String DECIMAL = "1234.50";
    private static final String REF_PREFIX = "#/components/schemas/";
    /** Strings tried, in order, against a pattern the schema gives no example for. */
    private static final List<String> CANDIDATES = List.of("text", "441900113", "2026-03", DATE, TIMESTAMP, DECIMAL,
            "1", "2026", "0.50", "A", "ABC-001");
    private static final int DEPTH = 12;

    private final Map<String, Schema> components;
    private final Deque<String> entered = new ArrayDeque<>();

    /** @param components the document's {@code components.schemas} ({@code $ref}s are looked up there) */
    public Examples(Map<String, Schema> components) {
        this.components = components == null ? Map.of() : components;
    }

    /** An example of {@code schema}, or {@code null} when none could be composed. */
    public Object of(Schema schema) {
        return of(schema, 0);
    }

    private Object of(Schema s, int depth) {
        if (s == null || depth > DEPTH) {
            return null;
        }
        Object own = own(s);
        if (own != null) {
            return own;
        }
        if (s.getRef() != null) {
            return ref(s.getRef(), depth);
        }
        if (s.getEnumeration() != null && !s.getEnumeration().isEmpty()) {
            return s.getEnumeration().stream().filter(v -> v != null).findFirst().orElse(null);
        }
        if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
            return allOf(s, depth);
        }
        for (List<Schema> alternatives : java.util.Arrays.asList(s.getOneOf(), s.getAnyOf())) {
            if (alternatives != null) {
                for (Schema alternative : alternatives) {
                    Object v = of(alternative, depth + 1);
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        Schema.SchemaType type = type(s);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case STRING -> string(s);
            case INTEGER -> integer(s);
            case NUMBER -> number(s);
            case BOOLEAN -> Boolean.TRUE;
            case ARRAY -> array(s, depth);
            case OBJECT -> object(s, depth);
            case NULL -> null;
        };
    }

    /** The example a schema carries itself. */
    static Object own(Schema s) {
        if (s.getExamples() != null && !s.getExamples().isEmpty() && s.getExamples().get(0) != null) {
            return s.getExamples().get(0);
        }
        @SuppressWarnings("deprecation")
        Object example = s.getExample();
        if (example != null) {
            return example;
        }
        return s.getConstValue();
    }

    private Object ref(String ref, int depth) {
        if (!ref.startsWith(REF_PREFIX)) {
            return null;
        }
        String name = ref.substring(REF_PREFIX.length());
        Schema target = components.get(name);
        if (target == null || entered.contains(name)) {
            return null;
        }
        entered.push(name);
        try {
            return of(target, depth + 1);
        } finally {
            entered.pop();
        }
    }

    /** The type a value is made for: the first that is not {@code null}; an untyped schema with properties is an object. */
    private static Schema.SchemaType type(Schema s) {
        if (s.getType() != null) {
            for (Schema.SchemaType t : s.getType()) {
                if (t != Schema.SchemaType.NULL) {
                    return t;
                }
            }
            return s.getType().isEmpty() ? null : Schema.SchemaType.NULL;
        }
        if (s.getProperties() != null || s.getAdditionalPropertiesSchema() != null) {
            return Schema.SchemaType.OBJECT;
        }
        if (s.getItems() != null) {
            return Schema.SchemaType.ARRAY;
        }
        if (s.getFormat() != null || s.getPattern() != null) {
            return Schema.SchemaType.STRING;
        }
        return null;
    }

    private Object allOf(Schema s, int depth) {
        Map<String, Object> merged = new LinkedHashMap<>();
        Object last = null;
        for (Schema part : s.getAllOf()) {
            Object v = of(part, depth + 1);
            if (v instanceof Map<?, ?> m) {
                m.forEach((k, x) -> merged.put(String.valueOf(k), x));
            } else if (v != null) {
                last = v;
            }
        }
        if (s.getProperties() != null) {
            Object own = object(s, depth);
            if (own instanceof Map<?, ?> m) {
                m.forEach((k, x) -> merged.put(String.valueOf(k), x));
            }
        }
        return merged.isEmpty() ? last : merged;
    }

    private static String string(Schema s) {
        String format = s.getFormat();
        String v;
        if ("date".equals(format)) {
            v = DATE;
        } else if ("date-time".equals(format)) {
            v = TIMESTAMP;
        } else if ("decimal".equals(format)) {
            v = DECIMAL;
        } else if ("uuid".equals(format)) {
            v = "0b6a3e8e-3f8e-4d5a-9f52-6d0c2c1a7e11";
        } else if ("uri".equals(format)) {
            v = "https://example.gov.cn/";
        } else if ("uri-reference".equals(format)) {
            v = "/api/v1/";
        } else if ("email".equals(format)) {
            v = "clerk@example.gov.cn";
        } else if ("binary".equals(format)) {
            v = "(the file's bytes)";
        } else {
            v = null;
        }
        if (v != null && fits(s, v)) {
            return v;
        }
        if (s.getPattern() == null) {
            String text = "text";
            if (s.getMinLength() != null && s.getMinLength() > text.length()) {
                text = "x".repeat(s.getMinLength());
            } else if (s.getMaxLength() != null && s.getMaxLength() < text.length()) {
                text = text.substring(0, Math.max(1, s.getMaxLength()));
            }
            return fits(s, text) ? text : null;
        }
        for (String candidate : CANDIDATES) {
            if (fits(s, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean fits(Schema s, String v) {
        int length = v.codePointCount(0, v.length());
        if (s.getMinLength() != null && length < s.getMinLength()
                || s.getMaxLength() != null && length > s.getMaxLength()) {
            return false;
        }
        if (s.getPattern() == null) {
            return true;
        }
        try {
            return Pattern.compile(s.getPattern()).matcher(v).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static Object integer(Schema s) {
        BigDecimal v = BigDecimal.ONE;
        if (s.getMinimum() != null) {
            v = s.getMinimum();
        } else if (s.getExclusiveMinimum() != null) {
            v = s.getExclusiveMinimum().add(BigDecimal.ONE);
        }
        if (s.getMaximum() != null && v.compareTo(s.getMaximum()) > 0) {
            v = s.getMaximum();
        }
        long n = v.setScale(0, java.math.RoundingMode.CEILING).longValueExact();
        return "int32".equals(s.getFormat()) ? (Object) (int) n : (Object) n;
    }

    private static Object number(Schema s) {
        BigDecimal v = BigDecimal.ONE;
        if (s.getMinimum() != null) {
            v = s.getMinimum();
        } else if (s.getExclusiveMinimum() != null) {
            v = s.getExclusiveMinimum().add(BigDecimal.ONE);
        }
        if (s.getMaximum() != null && v.compareTo(s.getMaximum()) > 0) {
            v = s.getMaximum();
        }
        return v;
    }

    private Object array(Schema s, int depth) {
        int n = s.getMinItems() == null ? 1 : Math.max(1, s.getMinItems());
        Object item = of(s.getItems(), depth + 1);
        if (item == null) {
            return s.getMinItems() != null && s.getMinItems() > 0 ? null : List.of();
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(item);
        }
        return items;
    }

    private Object object(Schema s, int depth) {
        Map<String, Object> o = new LinkedHashMap<>();
        List<String> required = s.getRequired() == null ? List.of() : s.getRequired();
        if (s.getProperties() != null) {
            for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
                Object v = of(p.getValue(), depth + 1);
                if (v != null) {
                    o.put(p.getKey(), v);
                } else if (required.contains(p.getKey())) {
                    return null;
                }
            }
        }
        if (o.isEmpty() && s.getAdditionalPropertiesSchema() != null) {
            Object v = of(s.getAdditionalPropertiesSchema(), depth + 1);
            if (v != null) {
                o.put("key", v);
            }
        }
        return o;
    }
}
