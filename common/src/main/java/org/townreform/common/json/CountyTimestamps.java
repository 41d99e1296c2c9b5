package org.townreform.common.json;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Every timestamp is written at the county's offset, {@code +08:00} (China has one time zone and no daylight saving), so
 * the same moment reads the same in a write's answer, a later read and a replayed answer: the database hands instants
 * back in UTC, the clock makes them at {@code +08:00}.
 */
public final class CountyTimestamps extends StdSerializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;
    public static final ZoneOffset COUNTY = ZoneOffset.ofHours(8);

    CountyTimestamps() {
        super(OffsetDateTime.class);
    }

    /** The same instant at {@code +08:00}, in ISO-8601. */
    public static String format(OffsetDateTime t) {
        return t.withOffsetSameInstant(COUNTY).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(format(value));
    }
}
