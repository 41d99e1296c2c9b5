package org.townreform.common.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Decimals as strings ({@code "1234.50"}) or JSON numbers, within what an amount or a rate can be: at most
 * {@value #MAX_INTEGER_DIGITS} digits before the point and {@value #MAX_FRACTION_DIGITS} after it. A value such as
 * {@code 1e2147483647} is refused here instead of overflowing when it is rounded to the fen.
 */
final class BoundedDecimals extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;
    static final int MAX_INTEGER_DIGITS = 20;
    static final int MAX_FRACTION_DIGITS = 12;
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d{1,3})?");
    private static final String TOO_LARGE = "a decimal has at most " + MAX_INTEGER_DIGITS
            + " digits before the point and " + MAX_FRACTION_DIGITS + " after it";

    BoundedDecimals() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String shown = p.hasToken(JsonToken.VALUE_STRING) || p.currentToken().isNumeric() ? p.getText() : null;
        if (shown != null && shown.length() > 64) {
            throw new RefusedValue(p, TOO_LARGE, BigDecimal.class);
        }
        if (p.hasToken(JsonToken.VALUE_STRING) && shown != null && !DECIMAL.matcher(shown).matches()) {
            throw new RefusedValue(p, "must be a decimal number such as \"1234.50\"", BigDecimal.class);
        }
        BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
        if (value != null
                && ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_FRACTION_DIGITS)) {
            throw new RefusedValue(p, TOO_LARGE, BigDecimal.class);
        }
        return value;
    }

    @Override
    public boolean isCachable() { return true; }
}
