package org.townreform.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.townreform.common.error.ProblemException;
import org.townreform.common.error.Problems;

/**
 * Opaque page cursors: the key of the last item seen behind a short marker, base64url-encoded so clients do not build them
 * by hand. A cursor without the marker (typed or cut short) is refused rather than read as some other key.
 */
public final class Cursor {
    private static final String MARK = "c1:";

    private Cursor() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((MARK + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key in a cursor, {@code null} for no cursor; 400 {@code INVALID_CURSOR} when it was not made by us. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!decoded.startsWith(MARK) || decoded.length() == MARK.length() || decoded.indexOf('\0') >= 0
                || decoded.indexOf('\uFFFD') >= 0) {
            throw invalid();
        }
        return decoded.substring(MARK.length());
    }

    /** A decoded numeric key (an id); 400 when the cursor does not hold one. */
    public static Long decodeLong(String cursor) {
        String key = decode(cursor);
        if (key == null) {
            return null;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return Problems.badRequest("INVALID_CURSOR", "The cursor is not one this service gave out");
    }
}
