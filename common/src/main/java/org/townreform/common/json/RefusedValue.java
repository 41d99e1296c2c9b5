package org.townreform.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A value the strict reader refuses, with a message meant for the client (it never echoes the value itself). */
public final class RefusedValue extends InvalidFormatException {
    private static final long serialVersionUID = 1L;

    RefusedValue(JsonParser p, String message, Class<?> type) {
        super(p, message, null, type);
    }
}
