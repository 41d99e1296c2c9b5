package org.townreform.common.testing.fuzz;

import static org.townreform.common.testing.fuzz.FuzzRequest.Expect.ANY;
import static org.townreform.common.testing.fuzz.FuzzRequest.Expect.REFUSE;
import static org.townreform.common.testing.fuzz.FuzzRequest.Expect.REFUSE_AFTER_SUCCESS;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.townreform.common.testing.fuzz.ApiDocument.Operation;
import org.townreform.common.testing.fuzz.ApiDocument.Parameter;
import org.townreform.common.testing.fuzz.ApiDocument.Schema;
import org.townreform.common.testing.fuzz.FuzzRequest.Expect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The requests made from one operation: its baselines, then each parameter, header and body field changed in one way at a
 * time (wrong types, NUL characters, 1 MB strings, deep nesting, duplicate keys, trailing data, bad dates and numbers,
 * unknown fields, wrong content types, truncated multipart). Each mutation says whether the answer must be a refusal:
 * where the schema or JSON itself rules the input out it must; where a lenient answer is defensible (an unknown
 * free-text search, a negative page size) only the general rule holds (below 500, refusals coded).
 */
final class Mutations {
    static final String RAW = "@@fuzz-raw@@";
    static final String DUP = "@@fuzz-dup@@";
    static final int MB = 1 << 20;
    static final String DEEP_ARRAYS = "[".repeat(10_000) + "]".repeat(10_000);
    static final String DEEP_OBJECTS = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    static final String BOUNDARY = "fuzzBoundary7MA4YWxkTrZu0gW";

    private final ObjectMapper json = new ObjectMapper();
    private final Samples samples;
    private final Map<String, String> queryHints;
    private final Tokens tokens;
    private final Random random;

    /** The Authorization header values the auth mutations use. */
    record Tokens(String writer, String otherTown, String expired) {
    }

    /** A sample file for a multipart operation. */
    record Upload(String part, String filename, byte[] content, String contentType) {
    }

    Mutations(Samples samples, Map<String, String> queryHints, Tokens tokens, Random random) {
        this.samples = samples;
        this.queryHints = queryHints;
        this.tokens = tokens;
        this.random = random;
    }

    // ---------------------------------------------------------------- parameters, headers, auth

    List<FuzzRequest> baselines(Operation op, Draft base) {
        List<FuzzRequest> out = new ArrayList<>();
        out.add(base.as("baseline", "as documented, fixture ids", ANY));
        List<Parameter> queries = op.in("query");
        if (!queries.isEmpty()) {
            Draft d = base.copy();
            StringBuilder shown = new StringBuilder();
            for (Parameter q : queries) {
                String v = plausible(q);
                if (v != null) {
                    d.queryRaw(q.name(), Draft.encode(v));
                    shown.append(q.name()).append('=').append(v).append(' ');
                }
            }
            if (!shown.isEmpty()) {
                out.add(d.as("baseline", "with query " + shown.toString().trim(), ANY));
            }
        }
        return out;
    }

    List<FuzzRequest> auth(Draft base, boolean isPublic) {
        Expect e = isPublic ? ANY : REFUSE;
        List<FuzzRequest> out = new ArrayList<>();
        out.add(base.copy().header("Authorization", null).as("auth: no token", "no Authorization header", e));
        out.add(base.copy().header("Authorization", "Bearer not.a.jwt").as("auth: malformed token", "Bearer not.a.jwt",
                e));
        out.add(base.copy().header("Authorization", tokens.expired()).as("auth: expired token", "expired an hour ago", e));
        out.add(base.copy().header("Authorization", "Basic dXNlcjpwYXNz").as("auth: basic credentials",
                "Basic user:pass", e));
        out.add(base.copy().header("Authorization", tokens.otherTown()).as("auth: another town's token",
                "town-clerk of another town", ANY));
        return out;
    }

    List<FuzzRequest> pathParameters(Operation op, Draft base) {
        List<FuzzRequest> out = new ArrayList<>();
        for (Parameter p : op.in("path")) {
            boolean year = p.name().toLowerCase().endsWith("year");
            Expect numericRange = year && !op.writes() ? ANY : REFUSE;
            // changes that keep the fixture's own id in front ("12%00", "12.5") so that a server that cuts them back to
            // "12" acts on this operation's fixture, not on a record another operation relies on
            String own = base.path.get(p.name());
            List<Object[]> values = List.of(
                    new Object[]{"path: not a number", "abc", REFUSE},
                    new Object[]{"path: zero", "0", numericRange},
                    new Object[]{"path: negative", "-1", numericRange},
                    new Object[]{"path: fraction", own + ".5", REFUSE},
                    new Object[]{"path: huge integer", "99999999999999999999", REFUSE},
                    new Object[]{"path: beyond int64", "9223372036854775808", REFUSE},
                    new Object[]{"path: boolean", "true", REFUSE},
                    new Object[]{"path: NUL (%00)", "%00", REFUSE},
                    new Object[]{"path: NUL (%00) inside", own + "%00", REFUSE},
                    new Object[]{"path: space", "%20" + own, REFUSE},
                    new Object[]{"path: invalid UTF-8 (%C3%28)", "%C3%28", REFUSE},
                    new Object[]{"path: 2,000 characters", "9".repeat(2000), REFUSE},
                    new Object[]{"path: \"1e2147483647\"", "1e2147483647", REFUSE},
                    new Object[]{"path: NaN", "NaN", REFUSE},
                    // a well-formed town code names a town whether or not this service has heard of it
                    new Object[]{"path: unknown id", year ? "2999" : "987654321",
                            p.name().equals("code") ? ANY : numericRange},
                    new Object[]{"path: exponent notation", own + "E0", REFUSE});
            for (Object[] v : values) {
                Draft d = base.copy();
                d.path.put(p.name(), (String) v[1]);
                out.add(d.as((String) v[0], "{" + p.name() + "} = " + FuzzRequest.excerpt((String) v[1], 40),
                        (Expect) v[2]));
            }
        }
        return out;
    }

    enum QueryKind {
        DATE, INT, PERIOD, BOOL, CURSOR, TEXT
    }

    static QueryKind kind(Parameter p) {
        String n = p.name();
        Schema s = p.schema();
        if ("date".equals(s.format()) || n.equals("asOf") || n.equals("date") || n.endsWith("On")) {
            return QueryKind.DATE;
        }
        if (s.numeric() || n.equals("limit") || n.equals("year")) {
            return QueryKind.INT;
        }
        if (n.equals("period")) {
            return QueryKind.PERIOD;
        }
        if ("boolean".equals(s.type()) || n.equals("all")) {
            return QueryKind.BOOL;
        }
        if (n.equals("cursor")) {
            return QueryKind.CURSOR;
        }
        return QueryKind.TEXT;
    }

    private String plausible(Parameter q) {
        if (queryHints.containsKey(q.name())) {
            return queryHints.get(q.name());
        }
        return switch (kind(q)) {
            case DATE -> samples.date();
            case INT -> q.name().equals("year") ? samples.date().substring(0, 4) : q.name().equals("limit") ? "5" : "1";
            case PERIOD -> samples.date().substring(0, 7);
            case BOOL -> "true";
            default -> null;
        };
    }

    List<FuzzRequest> queryParameters(Operation op, Draft base) {
        List<FuzzRequest> out = new ArrayList<>();
        List<Parameter> queries = op.in("query");
        if (queries.isEmpty()) {
            return out;
        }
        for (Parameter q : queries) {
            QueryKind kind = kind(q);
            boolean typed = kind != QueryKind.TEXT;
            Expect typedOnly = typed ? REFUSE : ANY;
            List<Object[]> values = new ArrayList<>(List.of(
                    new Object[]{"query: empty", "", ANY},
                    new Object[]{"query: NUL (%00)", "%00", typedOnly},
                    new Object[]{"query: NUL (%00) inside", "a%00b", typedOnly},
                    new Object[]{"query: invalid UTF-8 (%C3%28)", "%C3%28", typedOnly},
                    new Object[]{"query: 2,000 characters", "9".repeat(2000), typedOnly},
                    new Object[]{"query: \"1e2147483647\"", "1e2147483647", typedOnly},
                    new Object[]{"query: NaN", "NaN", typedOnly}));
            switch (kind) {
                case DATE -> values.addAll(List.of(
                        new Object[]{"query: bad date (year 0000)", "0000-01-01", REFUSE},
                        new Object[]{"query: bad date (year -0001)", "-0001-01-01", REFUSE},
                        new Object[]{"query: bad date (30 February)", "2026-02-30", REFUSE},
                        new Object[]{"query: date-time where a date is expected", "2026-02-28T10%3A00%3A00Z", REFUSE},
                        new Object[]{"query: date of year +10000", "%2B10000-01-01", ANY},
                        new Object[]{"query: bad date (not a date)", "yesterday", REFUSE}));
                case INT -> values.addAll(List.of(
                        new Object[]{"query: not a number", "abc", REFUSE},
                        new Object[]{"query: fraction for an integer", "1.5", REFUSE},
                        new Object[]{"query: huge integer", "99999999999999999999", REFUSE},
                        new Object[]{"query: boolean for an integer", "true", REFUSE},
                        new Object[]{"query: negative", "-1", ANY},
                        new Object[]{"query: zero", "0", ANY},
                        new Object[]{"query: beyond int32", "2147483648", ANY}));
                case PERIOD -> values.addAll(List.of(
                        new Object[]{"query: bad period (month 13)", "2026-13", REFUSE},
                        new Object[]{"query: bad period (year 0000)", "0000-01", REFUSE},
                        new Object[]{"query: bad period (month 00)", "2026-00", REFUSE},
                        new Object[]{"query: bad period (a date)", "2026-02-30", REFUSE},
                        new Object[]{"query: bad period (not a period)", "abc", REFUSE}));
                case BOOL -> values.addAll(List.of(
                        new Object[]{"query: not a boolean", "maybe", REFUSE},
                        new Object[]{"query: number for a boolean", "2", REFUSE}));
                case CURSOR -> values.addAll(List.of(
                        new Object[]{"query: cursor not base64", "%40%40%40", REFUSE},
                        new Object[]{"query: cursor of garbage", "MTIz", ANY},
                        new Object[]{"query: cursor of other JSON", "eyJ4IjpbMV19", ANY}));
                case TEXT -> values.addAll(List.of(
                        new Object[]{"query: quote and SQL", "%27%20OR%201%3D1%20--", ANY},
                        new Object[]{"query: percent sign", "%25", ANY}));
            }
            for (Object[] v : values) {
                Draft d = base.copy().queryRaw(q.name(), (String) v[1]);
                out.add(d.as((String) v[0], q.name() + "=" + FuzzRequest.excerpt((String) v[1], 40), (Expect) v[2]));
            }
            Draft twice = base.copy();
            String good = plausible(q);
            twice.query.add(new String[]{q.name(), Draft.encode(good == null ? "x" : good)});
            twice.query.add(new String[]{q.name(), "abc"});
            out.add(twice.as("query: repeated parameter", q.name() + " twice", ANY));
        }
        out.add(base.copy().queryRaw("unexpectedParameter", "1").as("query: unknown parameter", "unexpectedParameter=1",
                ANY));
        return out;
    }

    List<FuzzRequest> headers(Operation op, Draft base) {
        List<FuzzRequest> out = new ArrayList<>();
        if (op.hasHeader("Idempotency-Key")) {
            String k = "Idempotency-Key";
            out.add(base.copy().header(k, "").as("header Idempotency-Key: empty", "empty", ANY));
            out.add(base.copy().header(k, "k".repeat(10_000)).as("header Idempotency-Key: 10,000 characters",
                    "10,000 × k", REFUSE));
            out.add(base.copy().header(k, "k".repeat(201)).as("header Idempotency-Key: 201 characters", "201 × k",
                    REFUSE));
            out.add(base.copy().header(k, "a b").as("header Idempotency-Key: space inside", "a b", REFUSE));
            // the HTTP client sends header values as US-ASCII: "été" arrives as "?t?", a valid key; no refusal to expect
            out.add(base.copy().header(k, "\u00e9t\u00e9").as("header Idempotency-Key: non-ASCII", "été (Latin-1)",
                    ANY));
            String key = "fuzz-" + Integer.toHexString(op.key().hashCode()) + "-" + random.nextInt(1_000_000);
            out.add(base.copy().header(k, key).as("header Idempotency-Key: first use", key, ANY));
            out.add(base.copy().header(k, key).as("header Idempotency-Key: replay", key, ANY));
            out.add(base.copy().queryRaw("other", "1").header(k, key).as(
                    "header Idempotency-Key: reused for another request", key + " with ?other=1", REFUSE_AFTER_SUCCESS));
        }
        if (op.hasHeader("If-Match")) {
            String k = "If-Match";
            List<Object[]> values = List.of(
                    new Object[]{"not a quoted version", "abc", REFUSE},
                    new Object[]{"not a number", "\"abc\"", REFUSE},
                    new Object[]{"negative version", "\"-1\"", REFUSE},
                    new Object[]{"huge version", "\"99999999999999999999\"", REFUSE},
                    new Object[]{"\"1e2147483647\"", "\"1e2147483647\"", REFUSE},
                    new Object[]{"stale version", "\"987654\"", REFUSE},
                    new Object[]{"10,000 characters", "\"" + "9".repeat(10_000) + "\"", REFUSE},
                    new Object[]{"weak tag", "W/\"1\"", ANY},
                    new Object[]{"list of tags", "\"1\", \"2\"", ANY},
                    new Object[]{"empty", "", ANY},
                    new Object[]{"star", "*", ANY});
            if (base.headers.containsKey(k)) {
                out.add(base.copy().header(k, null).as("header If-Match: missing", "no If-Match", ANY));
            }
            for (Object[] v : values) {
                out.add(base.copy().header(k, (String) v[1]).as("header If-Match: " + v[0],
                        FuzzRequest.excerpt((String) v[1], 40), (Expect) v[2]));
            }
        }
        out.add(base.copy().header("Accept", "application/xml").as("header Accept: application/xml",
                "Accept: application/xml", ANY));
        return out;
    }

    /** One request per path with a method the document does not list: a 405 problem. */
    FuzzRequest undocumentedMethod(Draft base, java.util.Set<String> documented) {
        for (String m : List.of("DELETE", "PATCH", "PUT", "POST")) {
            if (!documented.contains(m)) {
                Draft d = base.copy();
                d.method = m;
                if (d.body == null) {
                    d.body("application/json", "{}");
                }
                return d.as("method not in the document", m, REFUSE);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- JSON bodies

    /** A field of a request body: where it is, its schema, whether it is required, whether the baseline has it. */
    record Field(List<Object> path, Schema schema, boolean required, boolean present) {
        String pointer() {
            StringBuilder sb = new StringBuilder("$");
            for (Object p : path) {
                sb.append(p instanceof Integer i ? "[" + i + "]" : "." + p);
            }
            return sb.toString();
        }
    }

    List<Field> fields(Schema body, JsonNode baseline) {
        List<Field> out = new ArrayList<>();
        if ("object".equals(body.type()) && baseline != null && baseline.isObject()) {
            walk(body, new ArrayList<>(), baseline, out, 0);
        }
        return out;
    }

    private void walk(Schema object, List<Object> prefix, JsonNode value, List<Field> out, int depth) {
        java.util.Set<String> required = object.required();
        object.properties().forEach((name, ps) -> {
            List<Object> p = new ArrayList<>(prefix);
            p.add(name);
            JsonNode v = value == null ? null : value.get(name);
            out.add(new Field(p, ps, required.contains(name), v != null));
            if (depth >= 4 || v == null) {
                return;
            }
            if ("object".equals(ps.type()) && v.isObject()) {
                walk(ps, p, v, out, depth + 1);
            } else if ("array".equals(ps.type()) && v.isArray() && !v.isEmpty()) {
                List<Object> first = new ArrayList<>(p);
                first.add(0);
                Schema items = ps.items();
                out.add(new Field(first, items, true, true));
                if ("object".equals(items.type()) && v.get(0).isObject()) {
                    walk(items, first, v.get(0), out, depth + 1);
                }
            }
        });
    }

    /** A replacement value for a field: its JSON text (null: the field is removed), the cause, the expectation. */
    record Value(String cause, String json, Expect expect) {
    }

    private static final Map<String, String> KINDS = new LinkedHashMap<>();
    static {
        KINDS.put("string", "\"x\"");
        KINDS.put("number", "12345");
        KINDS.put("boolean", "true");
        KINDS.put("object", "{\"x\":1}");
        KINDS.put("array", "[\"x\"]");
    }

    List<Value> values(Field f, JsonNode baselineValue) {
        Schema s = f.schema();
        String type = s.type();
        List<Value> v = new ArrayList<>();
        boolean element = f.path().get(f.path().size() - 1) instanceof Integer;
        if (f.present() && !element) {
            v.add(new Value("body: field missing", null, f.required() ? REFUSE : ANY));
        }
        v.add(new Value("body: null", "null", f.required() ? REFUSE : ANY));
        if (type != null) {
            String kind = s.numeric() ? "number" : type;
            // a decimal (format decimal) is sent as a string, and a JSON number is read as the same decimal
            boolean decimal = "string".equals(type) && "decimal".equals(s.format());
            KINDS.forEach((k, raw) -> {
                if (!k.equals(kind) && !(decimal && k.equals("number"))) {
                    v.add(new Value("body: wrong type (" + k + " for " + type + ")", raw, REFUSE));
                }
            });
        }
        v.add(new Value("body: 10,000 nested arrays", DEEP_ARRAYS, REFUSE));
        if ("string".equals(type)) {
            v.add(new Value("body: NUL (\\u0000) in string", "\"a\\u0000b\"", REFUSE));
            v.add(new Value("body: unescaped control byte in string", "\"a\u0001b\"", REFUSE));
            v.add(new Value("body: 1 MB string", "\"" + "x".repeat(MB) + "\"", s.bounded() ? REFUSE : ANY));
            v.add(new Value("body: lone surrogate (\\ud800)", "\"\\ud800\"", ANY));
            String pattern = s.pattern() == null ? "" : s.pattern();
            v.add(new Value("body: whitespace-only string", "\"   \"", pattern.equals("\\S") ? REFUSE : ANY));
            v.add(new Value("body: line break in the string", "\"a\\nb\"", pattern.contains("\\r\\n")
                    ? REFUSE
                    : ANY));
            boolean nonEmpty = s.pattern() != null || s.format() != null || !s.enumValues().isEmpty()
                    || (s.number("minLength") != null && s.number("minLength").signum() > 0);
            if (!"date".equals(s.format())) {
                v.add(new Value("body: empty string", "\"\"", nonEmpty ? REFUSE : ANY));
            }
            if (!s.enumValues().isEmpty()) {
                v.add(new Value("body: unknown enum value", "\"NOT_A_VALUE\"", REFUSE));
                v.add(new Value("body: enum value in lower case", quote(s.enumValues().get(0).toLowerCase()), ANY));
            }
            if ("date".equals(s.format())) {
                v.add(new Value("body: bad date (year 0000)", "\"0000-01-01\"", REFUSE));
                v.add(new Value("body: bad date (year -0001)", "\"-0001-01-01\"", REFUSE));
                v.add(new Value("body: bad date (empty)", "\"\"", REFUSE));
                v.add(new Value("body: bad date (30 February)", "\"2026-02-30\"", REFUSE));
                v.add(new Value("body: date-time where a date is expected", "\"2026-02-28T10:00:00Z\"", REFUSE));
                v.add(new Value("body: date of year +10000", "\"+10000-01-01\"", ANY));
                v.add(new Value("body: bad date (no leading zeros)", "\"2026-2-3\"", REFUSE));
                v.add(new Value("body: number for a date", "20260228", REFUSE));
            }
            if ("date-time".equals(s.format())) {
                v.add(new Value("body: bad date-time (year 0000)", "\"0000-01-01T00:00:00Z\"", REFUSE));
                v.add(new Value("body: bad date-time (30 February)", "\"2026-02-30T10:00:00Z\"", REFUSE));
                v.add(new Value("body: date where a date-time is expected", "\"2026-02-28\"", REFUSE));
            }
            if ("\\d{4}-\\d{2}".equals(s.pattern())) {
                v.add(new Value("body: bad period (month 13)", "\"2026-13\"", REFUSE));
                v.add(new Value("body: bad period (year 0000)", "\"0000-01\"", REFUSE));
                v.add(new Value("body: bad period (month 00)", "\"2026-00\"", REFUSE));
            }
            if ("\\d{9}".equals(s.pattern())) {
                v.add(new Value("body: town code of 8 digits", "\"44190011\"", REFUSE));
                v.add(new Value("body: town code in full-width digits", "\"４４１９００１１３\"", REFUSE));
            }
        }
        if (s.numeric()) {
            boolean integer = "integer".equals(type);
            v.add(new Value("body: \"1e2147483647\" as string", "\"1e2147483647\"", REFUSE));
            v.add(new Value("body: 1e2147483647 as number", "1e2147483647", REFUSE));
            v.add(new Value("body: -1e2147483647 as number", "-1e2147483647", REFUSE));
            v.add(new Value("body: 1e-2147483647 as number", "1e-2147483647", REFUSE));
            v.add(new Value("body: NaN (bare)", "NaN", REFUSE));
            v.add(new Value("body: \"NaN\" as string", "\"NaN\"", REFUSE));
            v.add(new Value("body: \"Infinity\" as string", "\"Infinity\"", REFUSE));
            v.add(new Value("body: huge integer", "99999999999999999999999999", REFUSE));
            v.add(new Value("body: huge negative integer", "-99999999999999999999999999", REFUSE));
            v.add(new Value("body: number as a decimal string", integer ? "\"12\"" : "\"12.50\"", ANY));
            v.add(new Value("body: negative zero", "-0", ANY));
            v.add(new Value("body: exponent notation", "1E+2", ANY));
            if (integer) {
                v.add(new Value("body: fraction for an integer", "1.5", REFUSE));
                v.add(new Value("body: integer beyond " + ("int32".equals(s.format()) ? "int32" : "int64"),
                        "int32".equals(s.format()) ? "2147483648" : "9223372036854775808", REFUSE));
            } else {
                BigDecimal step = s.number("multipleOf");
                if (step != null) {
                    v.add(new Value("body: more decimals than multipleOf", step.movePointLeft(1).add(BigDecimal.ONE)
                            .toPlainString(), REFUSE));
                }
            }
            BigDecimal unit = integer
                    ? BigDecimal.ONE
                    : s.number("multipleOf") != null ? s.number("multipleOf") : new BigDecimal("0.01");
            BigDecimal min = s.number("minimum");
            BigDecimal max = s.number("maximum");
            BigDecimal exclusive = s.number("exclusiveMinimum");
            if (min != null) {
                v.add(new Value("body: below minimum", min.subtract(unit).toPlainString(), REFUSE));
            }
            if (max != null) {
                v.add(new Value("body: above maximum", max.add(unit).toPlainString(), REFUSE));
            }
            if (exclusive != null) {
                v.add(new Value("body: equal to exclusiveMinimum", exclusive.toPlainString(), REFUSE));
            }
            if (min == null && exclusive == null) {
                v.add(new Value("body: negative number", "-1", ANY));
            }
        }
        if ("boolean".equals(type)) {
            v.add(new Value("body: \"true\" as string for a boolean", "\"true\"", REFUSE));
            v.add(new Value("body: 1 for a boolean", "1", REFUSE));
        }
        if ("array".equals(type)) {
            BigDecimal maxItems = s.number("maxItems");
            BigDecimal minItems = s.number("minItems");
            v.add(new Value("body: array holding null", "[null]", REFUSE));
            String sample = baselineValue != null && baselineValue.isArray() && !baselineValue.isEmpty()
                    ? baselineValue.get(0).toString()
                    : "\"x\"";
            v.add(new Value("body: array of 10,001 elements", "[" + String.join(",", java.util.Collections.nCopies(10_001,
                    sample)) + "]", maxItems != null ? REFUSE : ANY));
            v.add(new Value("body: empty array", "[]", minItems != null && minItems.signum() > 0 ? REFUSE : ANY));
        }
        if ("object".equals(type)) {
            v.add(new Value("body: empty object", "{}", s.required().isEmpty() ? ANY : REFUSE));
            if (baselineValue != null && baselineValue.isObject()) {
                ObjectNode extra = baselineValue.deepCopy();
                extra.put("unexpectedField", "x");
                v.add(new Value("body: unknown field (nested)", extra.toString(), REFUSE));
            }
        }
        return v;
    }

    List<FuzzRequest> jsonBody(Operation op, Draft base, JsonNode baseline) {
        List<FuzzRequest> out = new ArrayList<>();
        Schema schema = op.body().schema();
        boolean mustHaveBody = op.body().required() || !schema.required().isEmpty();
        String text = render(baseline);
        String ct = "application/json";

        // fields, one change at a time
        for (Field f : fields(schema, baseline)) {
            JsonNode current = at(baseline, f.path());
            for (Value v : values(f, current)) {
                String body = v.json() == null ? removing(baseline, f.path()) : replacing(baseline, f.path(), v.json());
                if (body != null) {
                    out.add(base.copy().body(ct, body).as(v.cause(), f.pointer() + " = "
                            + (v.json() == null ? "(removed)" : FuzzRequest.excerpt(v.json(), 60)), v.expect()));
                }
            }
            if (!(f.path().get(f.path().size() - 1) instanceof Integer)) {
                String dupValue = current != null ? current.toString() : render(samples.of(f.schema(), null));
                String body = duplicating(baseline, f.path(), dupValue);
                if (body != null) {
                    out.add(base.copy().body(ct, body).as("body: duplicate key", f.pointer() + " twice", REFUSE));
                }
            }
        }

        // the body as a whole
        ObjectNode unknown = baseline.isObject() ? ((ObjectNode) baseline).deepCopy() : json.createObjectNode();
        unknown.put("unexpectedField", "x");
        out.add(base.copy().body(ct, render(unknown)).as("body: unknown field", "$.unexpectedField = \"x\"", REFUSE));
        for (String trail : List.of("}{", " {}", " x", "]", "\u0000")) {
            out.add(base.copy().body(ct, text + trail).as("body: trailing data after the JSON",
                    "+ " + FuzzRequest.excerpt(trail, 10), REFUSE));
        }
        out.add(base.copy().body(ct, text.substring(0, text.length() / 2)).as("body: truncated JSON", "first half",
                REFUSE));
        out.add(base.copy().body(ct, "{").as("body: truncated JSON", "{", REFUSE));
        out.add(base.copy().body(ct, "").as("body: empty", "empty body", mustHaveBody ? REFUSE : ANY));
        out.add(base.copy().body(ct, "null").as("body: JSON null", "null", mustHaveBody ? REFUSE : ANY));
        out.add(base.copy().body(ct, "[]").as("body: array instead of object", "[]", REFUSE));
        out.add(base.copy().body(ct, "[" + text + "]").as("body: array instead of object", "[baseline]", REFUSE));
        out.add(base.copy().body(ct, "\"x\"").as("body: string instead of object", "\"x\"", REFUSE));
        out.add(base.copy().body(ct, "42").as("body: number instead of object", "42", REFUSE));
        out.add(base.copy().body(ct, "true").as("body: boolean instead of object", "true", REFUSE));
        out.add(base.copy().body(ct, DEEP_ARRAYS).as("body: 10,000 nested arrays", "as the whole body", REFUSE));
        out.add(base.copy().body(ct, DEEP_OBJECTS).as("body: 10,000 nested objects", "as the whole body", REFUSE));
        out.add(base.copy().body(ct, "\u0000" + text).as("body: NUL byte before the JSON", "\\x00 + baseline", REFUSE));
        out.add(base.copy().body(ct, invalidUtf8(baseline)).as("body: invalid UTF-8", "bytes C3 28 in a string",
                REFUSE));
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        out.add(base.copy().body(ct, bom).as("body: UTF-8 byte order mark", "EF BB BF + baseline", ANY));

        // content types
        out.add(base.copy().body("text/plain", text).as("content type: text/plain", "JSON sent as text/plain", REFUSE));
        out.add(base.copy().body("application/x-www-form-urlencoded", "a=1&b=2").as("content type: form",
                "a=1&b=2", REFUSE));
        out.add(base.copy().body("application/xml", "<x/>").as("content type: application/xml", "<x/>", REFUSE));
        out.add(base.copy().body("multipart/form-data; boundary=" + BOUNDARY, multipart(List.of(new Upload("body",
                "body.json", text.getBytes(StandardCharsets.UTF_8), "application/json")), true))
                .as("content type: multipart", "JSON as a multipart part", REFUSE));
        out.add(base.copy().body(null, text).as("content type: none", "JSON without Content-Type", ANY));
        out.add(base.copy().body("application/json; charset=ISO-8859-1", text).as("content type: JSON in Latin-1",
                "charset=ISO-8859-1 (body is UTF-8)", ANY));
        out.add(base.copy().body("application/json; charset=no-such-charset", text).as(
                "content type: unknown charset", "charset=no-such-charset", ANY));
        return out;
    }

    // ---------------------------------------------------------------- multipart bodies

    List<FuzzRequest> multipartBody(Draft base, Upload sample, byte[] truncatedSpreadsheet) {
        List<FuzzRequest> out = new ArrayList<>();
        String ct = "multipart/form-data; boundary=" + BOUNDARY;
        byte[] good = multipart(List.of(sample), true);
        out.add(base.copy().body(ct, good).as("baseline", "multipart " + sample.filename(), ANY));
        out.add(base.copy().body(ct, java.util.Arrays.copyOf(good, good.length - BOUNDARY.length() - 6))
                .as("multipart: truncated (no closing boundary)", "closing boundary cut off", REFUSE));
        out.add(base.copy().body(ct, java.util.Arrays.copyOf(good, good.length / 2))
                .as("multipart: truncated (cut in the middle)", "first half", REFUSE));
        int headerEnd = indexOf(good, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.add(base.copy().body(ct, java.util.Arrays.copyOf(good, Math.max(10, headerEnd - 10)))
                .as("multipart: truncated (inside the part headers)", "cut before the blank line", REFUSE));
        out.add(base.copy().body(ct, new byte[0]).as("multipart: empty body", "empty", REFUSE));
        out.add(base.copy().body("multipart/form-data", good).as("multipart: no boundary parameter",
                "Content-Type without boundary", REFUSE));
        out.add(base.copy().body("multipart/form-data; boundary=other", good).as("multipart: boundary mismatch",
                "boundary=other", REFUSE));
        out.add(base.copy().body(ct, multipart(List.of(new Upload("upload", sample.filename(), sample.content(),
                sample.contentType())), true)).as("multipart: wrong part name", "part 'upload'", REFUSE));
        out.add(base.copy().body(ct, multipart(List.of(new Upload(sample.part(), sample.filename(), new byte[0],
                sample.contentType())), true)).as("multipart: empty file", "0 bytes", ANY));
        out.add(base.copy().body(ct, multipart(List.of(new Upload(sample.part(), null, sample.content(),
                sample.contentType())), true)).as("multipart: no filename", "no filename", ANY));
        byte[] withNul = new String(sample.content(), StandardCharsets.UTF_8).replaceFirst(",", ",a\u0000b")
                .getBytes(StandardCharsets.UTF_8);
        out.add(base.copy().body(ct, multipart(List.of(new Upload(sample.part(), sample.filename(), withNul,
                sample.contentType())), true)).as("multipart: NUL in the file", "a\\x00b in a cell", ANY));
        byte[] garbage = new byte[64 * 1024];
        random.nextBytes(garbage);
        out.add(base.copy().body(ct, multipart(List.of(new Upload(sample.part(), sample.filename(), garbage,
                sample.contentType())), true)).as("multipart: random bytes as the file", "64 KiB, seeded",
                        ANY));
        out.add(base.copy().body(ct, multipart(List.of(new Upload(sample.part(), "items.xlsx", garbage,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), true))
                .as("multipart: random bytes named .xlsx", "64 KiB, seeded", REFUSE));
        if (truncatedSpreadsheet != null) {
            out.add(base.copy().body(ct, multipart(List.of(new Upload(sample.part(), "items.xlsx",
                    truncatedSpreadsheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), true))
                    .as("multipart: truncated .xlsx", "first half of a real workbook", REFUSE));
        }
        byte[] big = (new String(sample.content(), StandardCharsets.UTF_8) + "x".repeat(MB))
                .getBytes(StandardCharsets.UTF_8);
        out.add(base.copy().body(ct, multipart(List.of(new Upload(sample.part(), sample.filename(), big,
                sample.contentType())), true)).as("multipart: 1 MB cell", "1 MB appended", ANY));
        out.add(base.copy().body(ct, multipart(List.of(sample, sample), true)).as("multipart: the file twice",
                "two parts", ANY));
        out.add(base.copy().body(ct, multipart(List.of(new Upload(sample.part(), "a\u0000b.csv", sample.content(),
                sample.contentType())), true)).as("multipart: NUL in the filename", "a\\x00b.csv", ANY));
        out.add(base.copy().body(ct, multipart(List.of(new Upload(sample.part(), "../../../etc/passwd", sample
                .content(), sample.contentType())), true)).as("multipart: path in the filename", "../../../etc/passwd",
                        ANY));
        out.add(base.copy().body("application/json", "{}").as("content type: JSON for a multipart operation", "{}",
                REFUSE));
        out.add(base.copy().body("text/plain", sample.content()).as("content type: text/plain", "file as text/plain",
                REFUSE));
        out.add(base.copy().body(null, good).as("content type: none", "multipart bytes without Content-Type", REFUSE));
        return out;
    }

    static byte[] multipart(List<Upload> parts, boolean close) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Upload u : parts) {
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + u.part() + "\""
                    + (u.filename() == null ? "" : "; filename=\"" + u.filename() + "\"") + "\r\nContent-Type: "
                    + u.contentType() + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(u.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (close) {
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- JSON text surgery

    String render(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode n = root;
        for (Object p : path) {
            if (n == null) {
                return null;
            }
            n = p instanceof Integer i ? n.get(i) : n.get((String) p);
        }
        return n;
    }

    /** The parent container of the path's last step in a copy of {@code root}, or null when it does not exist. */
    private static JsonNode parent(JsonNode copy, List<Object> path) {
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        return parent != null && (parent.isObject() || parent.isArray()) ? parent : null;
    }

    private String replacing(JsonNode baseline, List<Object> path, String rawJson) {
        JsonNode copy = baseline.deepCopy();
        JsonNode parent = parent(copy, path);
        Object last = path.get(path.size() - 1);
        if (parent == null) {
            return null;
        }
        if (last instanceof Integer i) {
            if (i >= parent.size()) {
                return null;
            }
            ((ArrayNode) parent).set(i, TextNode.valueOf(RAW));
        } else {
            ((ObjectNode) parent).set((String) last, TextNode.valueOf(RAW));
        }
        return render(copy).replace("\"" + RAW + "\"", rawJson);
    }

    private String removing(JsonNode baseline, List<Object> path) {
        JsonNode copy = baseline.deepCopy();
        JsonNode parent = parent(copy, path);
        if (parent == null || !parent.isObject()) {
            return null;
        }
        ((ObjectNode) parent).remove((String) path.get(path.size() - 1));
        return render(copy);
    }

    private String duplicating(JsonNode baseline, List<Object> path, String rawJson) {
        JsonNode copy = baseline.deepCopy();
        JsonNode parent = parent(copy, path);
        if (parent == null || !parent.isObject()) {
            return null;
        }
        ObjectNode o = (ObjectNode) parent;
        String name = (String) path.get(path.size() - 1);
        if (!o.has(name)) {
            o.set(name, TextNode.valueOf(RAW));
        }
        o.set(DUP, TextNode.valueOf(RAW));
        return render(copy).replace("\"" + DUP + "\"", quote(name)).replace("\"" + RAW + "\"", rawJson);
    }

    private byte[] invalidUtf8(JsonNode baseline) {
        String text = render(baseline);
        int q = text.indexOf(":\"");
        byte[] bad = {(byte) 0xC3, 0x28};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (q < 0) {
            out.write(0xFF);
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        } else {
            out.writeBytes(text.substring(0, q + 2).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bad);
            out.writeBytes(text.substring(q + 2).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private String quote(String s) {
        return render(TextNode.valueOf(s));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer : for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return haystack.length;
    }
}
