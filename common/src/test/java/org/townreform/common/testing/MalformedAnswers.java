package org.townreform.common.testing;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;

/**
 * What every service's malformed-input sweep requires of an answer: never a 5xx; a REST refusal is
 * {@code application/problem+json} with a {@code code} (docs/problems.md); every GraphQL error carries an
 * {@code extensions.code} other than {@code INTERNAL_ERROR}, or is a validation error. Each check adds one line per breach
 * to {@code failures}, so that a sweep reports every breach at once.
 */
public final class MalformedAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MalformedAnswers() {
    }

    /** A REST answer to {@code what}: below 500, and a refusal (4xx) is a coded problem. */
    public static void checkProblem(List<String> failures, String what, Response r) {
        String breach = breach(r.statusCode(), r.contentType(), r.asString());
        if (breach != null) {
            failures.add(what + " -> " + r.statusCode() + (r.statusCode() >= 500
                    ? " "
                    : " " + breach + ": "
                            + r.contentType() + " ")
                    + abbreviate(r.asString()));
        }
    }

    /**
     * What is wrong with an answer, or null when nothing is: {@code "server error"} for a 5xx; for a 4xx
     * {@code "not a problem"} (not {@code application/problem+json}) or {@code "problem without a code"} (no non-empty
     * {@code code} member). The one rule every sweep, hand-written or generated, applies.
     */
    public static String breach(int status, String contentType, String body) {
        if (status >= 500) {
            return "server error";
        }
        if (status < 400) {
            return null;
        }
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "not a problem";
        }
        try {
            JsonNode code = JSON.readTree(body).get("code");
            return code != null && code.isTextual() && !code.asText().isBlank() ? null : "problem without a code";
        } catch (java.io.IOException | RuntimeException e) {
            return "problem without a code";
        }
    }

    /** A GraphQL answer to {@code query}: below 500, every error coded (not INTERNAL_ERROR) with its status a number. */
    public static void checkGraphQL(List<String> failures, String query, Response r) {
        if (r.statusCode() >= 500) {
            failures.add(query + " -> HTTP " + r.statusCode());
            return;
        }
        List<Map<String, Object>> errors = r.jsonPath().getList("errors");
        if (errors == null) {
            return;
        }
        for (Map<String, Object> e : errors) {
            @SuppressWarnings("unchecked")
            Map<String, Object> ext = (Map<String, Object>) e.get("extensions");
            boolean coded = ext != null && ext.get("code") != null && !"INTERNAL_ERROR".equals(ext.get("code"))
                    && ext.get("status") instanceof Number && !ext.containsKey("classification");
            if (!coded) {
                failures.add(query + " -> " + e);
            }
        }
    }

    /** A body or request cut to 80 characters, for a failure list that stays readable. */
    public static String abbreviate(String body) {
        return body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }
}
