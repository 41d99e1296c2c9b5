package org.townreform.common.json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * A date is a string {@code YYYY-MM-DD} naming a real day between {@link #EARLIEST} and {@link #LATEST}: no date-time, no
 * empty string standing for "today", no year 0000 or before. Tighter limits (an action never in the future, a view's
 * {@code asOf}) are checked where the date is used.
 */
public final class StrictDates extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;
    /** The earliest date any field takes: resident identity numbers start in 1900. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest date any field takes (a policy's or a certificate's end, far ahead). */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    StrictDates() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getText();
        LocalDate day = parse(text);
        if (day == null) {
            throw new RefusedValue(p, "must be a date YYYY-MM-DD between " + EARLIEST + " and " + LATEST,
                    LocalDate.class);
        }
        return day;
    }

    /** The day {@code text} names, or {@code null} when it is not a real day of the form and range dates take. */
    public static LocalDate parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return day.isBefore(EARLIEST) || day.isAfter(LATEST) ? null : day;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public boolean isCachable() { return true; }
}
