package org.townreform.common.testing.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.townreform.common.testing.fuzz.FuzzRequest.Expect;

/** A request being built: the baseline of an operation, copied and changed in one place for each mutation. */
final class Draft {
    final String operation;
    final String pathTemplate;
    String method;
    /** Path parameter values, already percent-encoded. */
    final Map<String, String> path = new LinkedHashMap<>();
    /** Query parameters as {name, percent-encoded value}. */
    final List<String[]> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    byte[] body;

    Draft(String operation, String method, String pathTemplate) {
        this.operation = operation;
        this.method = method;
        this.pathTemplate = pathTemplate;
    }

    Draft copy() {
        Draft d = new Draft(operation, method, pathTemplate);
        d.path.putAll(path);
        query.forEach(q -> d.query.add(q.clone()));
        d.headers.putAll(headers);
        d.body = body;
        return d;
    }

    Draft header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    Draft body(String contentType, byte[] bytes) {
        header("Content-Type", contentType);
        body = bytes;
        return this;
    }

    Draft body(String contentType, String text) {
        return body(contentType, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sets (or adds) a query parameter to an already encoded value; null removes it. */
    Draft queryRaw(String name, String encoded) {
        query.removeIf(q -> q[0].equals(name));
        if (encoded != null) {
            query.add(new String[]{name, encoded});
        }
        return this;
    }

    String target() {
        String t = pathTemplate;
        for (Map.Entry<String, String> e : path.entrySet()) {
            t = t.replace("{" + e.getKey() + "}", e.getValue());
        }
        if (!query.isEmpty()) {
            StringBuilder sb = new StringBuilder(t).append('?');
            for (int i = 0; i < query.size(); i++) {
                if (i > 0) {
                    sb.append('&');
                }
                sb.append(encode(query.get(i)[0])).append('=').append(query.get(i)[1]);
            }
            t = sb.toString();
        }
        return t;
    }

    FuzzRequest as(String cause, String detail, Expect expect) {
        return new FuzzRequest(operation, method, target(), new LinkedHashMap<>(headers), body, cause, detail, expect);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
