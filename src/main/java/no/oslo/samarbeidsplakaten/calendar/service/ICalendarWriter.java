package no.oslo.samarbeidsplakaten.calendar.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar text (RFC 5545): CRLF line ends, text values escaped, lines folded at 75 octets without splitting a
 * character.
 */
final class ICalendarWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder(8_000);

    /** A property whose value is written as it is (a code, a rule, a date). */
    ICalendarWriter raw(String name, String value) {
        return line(name + ":" + value);
    }

    /** A property whose value is text: backslashes, semicolons, commas and line breaks are escaped. */
    ICalendarWriter text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    ICalendarWriter date(String name, LocalDate date) {
        return line(name + ";VALUE=DATE:" + DATE.format(date));
    }

    ICalendarWriter stamp(String name, Instant instant) {
        return line(name + ":" + STAMP.format(instant));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\r", "\n").replace("\n", "\\n");
    }

    private ICalendarWriter line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                // A continuation line starts with one space, which counts towards its 75 octets.
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
        return this;
    }
}
