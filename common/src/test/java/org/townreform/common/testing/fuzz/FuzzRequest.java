package org.townreform.common.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request the fuzzer sends: the operation it was made from, what exactly goes on the wire (method, target already
 * percent-encoded, headers, body bytes), the cause it tests (the grouping key of the report: {@code body: bad date (year
 * 0000)}), the precise change ({@code $.date = "0000-01-01"}) and what the answer must be.
 */
public record FuzzRequest(String operation, String method, String target, Map<String, String> headers, byte[] body,
        String cause, String detail, Expect expect) {

    /** What the answer to a request must be, beyond "below 500, and a 4xx is a coded problem". */
    public enum Expect {
        /** Valid or lenient input: any answer below 500 is right. */
        ANY,
        /** Input the schema or JSON itself rules out: must be refused with a 4xx. */
        REFUSE,
        /** Must be refused when the request before it (a first use of the same Idempotency-Key) succeeded. */
        REFUSE_AFTER_SUCCESS
    }

    public boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    /** Method, target and body, each cut to at most 300 characters, for a report a developer can act on. */
    public String describe() {
        StringBuilder sb = new StringBuilder(method).append(' ').append(excerpt(target, 300));
        String type = headers.get("Content-Type");
        if (type != null) {
            sb.append("  [").append(excerpt(type, 80)).append(']');
        }
        Map<String, String> shown = new LinkedHashMap<>(headers);
        shown.remove("Content-Type");
        shown.remove("Authorization");
        shown.remove("X-Request-Id");
        shown.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(excerpt(v, 80)));
        if (!headers.containsKey("Authorization")) {
            sb.append("  (no token)");
        }
        if (body != null) {
            sb.append("  body=").append(excerpt(new String(body, StandardCharsets.UTF_8), 300));
        }
        return sb.toString();
    }

    /**
     * {@code s} cut to {@code max} characters (start and end kept, length shown), with control characters escaped so a
     * NUL or a newline in a body shows as such.
     */
    public static String excerpt(String s, int max) {
        if (s == null) {
            return "null";
        }
        String cut = s.length() <= max
                ? s
                : s.substring(0, max * 2 / 3) + "…[" + s.length() + " chars]…" + s.substring(s.length() - max / 6);
        StringBuilder sb = new StringBuilder(cut.length());
        for (char c : cut.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                sb.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
