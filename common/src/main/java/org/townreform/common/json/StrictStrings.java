package org.townreform.common.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Text fields as the default reader takes them, refusing a NUL character ({@code \u0000}): PostgreSQL cannot store one, so
 * it is refused at the door (400) rather than failing the write.
 */
final class StrictStrings extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    StrictStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = StringDeserializer.instance.deserialize(p, ctxt);
        if (value != null && value.indexOf('\0') >= 0) {
            throw new RefusedValue(p, "a NUL character is not allowed in text", String.class);
        }
        return value;
    }

    @Override
    public boolean isCachable() { return true; }
}
