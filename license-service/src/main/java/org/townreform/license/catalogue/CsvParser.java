package org.townreform.license.catalogue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, quoted with double quotes (a doubled quote inside a quoted field is one quote,
 * commas and line breaks inside quotes belong to the field). Reads UTF-8 (with or without a byte-order mark) and falls back
 * to GB18030, the encoding Chinese Excel writes when it saves "CSV".
 */
public final class CsvParser {
    private CsvParser() {
    }

    /** A malformed file: an unterminated quote, or bytes that are no text. */
    public static final class MalformedCsvException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MalformedCsvException(String message) {
            super(message);
        }
    }

    public static String decode(byte[] bytes) {
        try {
            String s = strict(StandardCharsets.UTF_8, bytes);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            try {
                return strict(Charset.forName("GB18030"), bytes);
            } catch (CharacterCodingException e2) {
                throw new MalformedCsvException("the file is neither UTF-8 nor GB18030 text");
            }
        }
    }

    private static String strict(Charset cs, byte[] bytes) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The rows of the text, each a list of fields; a trailing empty line is not a row. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.isEmpty() && !fieldStarted) {
                        quoted = true;
                        fieldStarted = true;
                    } else {
                        field.append(c);
                    }
                }
                case ',' -> {
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                }
                case '\r', '\n' -> {
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    rows.add(row);
                    row = new ArrayList<>();
                    field.setLength(0);
                    fieldStarted = false;
                }
                default -> {
                    field.append(c);
                    fieldStarted = true;
                }
            }
            i++;
        }
        if (quoted) {
            throw new MalformedCsvException("a quoted field is not closed");
        }
        if (!field.isEmpty() || fieldStarted || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
