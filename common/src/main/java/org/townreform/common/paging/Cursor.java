package org.townreform.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.townreform.common.error.Problems;

/** Opaque page cursors: the key of the last item seen, base64url-encoded so clients do not build them by hand. */
public final class Cursor {
    private Cursor() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The key in a cursor, {@code null} for no cursor; 400 {@code INVALID_CURSOR} when it was not made by us. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("INVALID_CURSOR", "The cursor is not one this service gave out");
        }
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
            throw Problems.badRequest("INVALID_CURSOR", "The cursor is not one this service gave out");
        }
    }
}
