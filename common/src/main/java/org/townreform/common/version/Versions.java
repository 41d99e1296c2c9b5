package org.townreform.common.version;

import org.townreform.common.error.ProblemException;
import org.townreform.common.error.Problems;

/**
 * Optimistic locking at the edge: the version a client read (from {@code If-Match} or a {@code version} field) must be the
 * version stored, or the update is refused with 409 {@code STALE_VERSION}.
 */
public final class Versions {
    private Versions() {
    }

    /**
     * The version in an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}), else the body's version; 428
     * {@code PRECONDITION_REQUIRED} when neither is given, 400 when the header is not a version.
     */
    public static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String v = ifMatch.trim();
            if (v.startsWith("W/")) {
                v = v.substring(2);
            }
            v = v.replace("\"", "");
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw Problems.badRequest("INVALID_IF_MATCH", "If-Match must carry the version, e.g. \"3\"");
            }
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw new ProblemException(428, "PRECONDITION_REQUIRED", "Precondition required",
                "Send the version you read, in If-Match or as 'version', so a concurrent change is not overwritten");
    }

    /** Refuses the update when the stored version is not the one the client read. */
    public static void check(String entity, Object id, long expected, long actual) {
        if (expected != actual) {
            throw Problems.staleVersion(entity, id, expected, actual);
        }
    }

    /** The ETag of a version: {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
