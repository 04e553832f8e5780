package io.procurewire.cxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * cXML timestamps. The DTD wants ISO 8601 with a time zone; real buyers send much else, so reading accepts:
 * <ul>
 * <li>ISO 8601 with offset: {@code 2024-05-01T10:15:30-05:00}, {@code ...Z}, fractional seconds;</li>
 * <li>offsets without colon or minutes: {@code 2024-05-01T10:15:30-0500}, {@code +05};</li>
 * <li>a space instead of {@code T}: {@code 2020-09-25 15:30:43};</li>
 * <li>Ruby {@code Time#to_s} (old Coupa): 1.9+ {@code 2008-01-22 14:35:00 -0800}, {@code ... UTC}, and 1.8
 * {@code Mon May 19 18:29:48 +0000 2008} (also {@code ... UTC 2008}; the weekday is not checked);</li>
 * <li>no zone at all ({@code 2023-04-20T19:23:18}, Oracle iProcurement): <b>assumed UTC</b> - the sender's zone is
 * unknowable and UTC is the only choice that does not depend on where this server runs;</li>
 * <li>date only ({@code 2024-05-01}, common in requestedDeliveryDate): midnight UTC of that day.</li>
 * </ul>
 * Writing gives seconds (plus a fraction only when the value has one) and a numeric offset:
 * {@code 2024-05-01T10:15:30-05:00}
 * ({@code +00:00} for UTC, which old parsers handle better than {@code Z}).
 */
public final class CxmlDates {

    /** Seconds, fraction only when there is one, numeric offset. */
    private static final DateTimeFormatter OUTPUT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendPattern("xxx")
            .toFormatter(Locale.ROOT);
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SPACE_SEPARATOR = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{2}:)");
    private static final Pattern SPACED_ZONE = Pattern.compile("\\s+([+-]\\d{2}(?::?\\d{2})?|Z|UTC|GMT)$");
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    /** Ruby 1.8 Time#to_s: weekday, month name, day, time, zone, year. */
    private static final Pattern RUBY_18 = Pattern.compile(
            "(?i)^[a-z]{3}\\s+([a-z]{3})\\s+(\\d{1,2})\\s+(\\d{2}:\\d{2}:\\d{2})\\s+([+-]\\d{2}:?\\d{2}|UTC|GMT|Z)\\s+(\\d{4})$");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Pattern HOUR_OFFSET = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?[+-]\\d{2})$");

    private CxmlDates() {
    }

    /** Parses any accepted form (see class comment); throws {@link CxmlReadException} (400) naming the value. */
    public static OffsetDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            throw invalid(value);
        }
        String text = value.trim();
        if (DATE_ONLY.matcher(text).matches()) {
            try {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw invalid(value);
            }
        }
        var ruby18 = RUBY_18.matcher(text);
        if (ruby18.matches()) {
            int month = MONTHS.indexOf(ruby18.group(1).toLowerCase(Locale.ROOT)) + 1;
            if (month == 0) {
                throw invalid(value);
            }
            text = String.format(Locale.ROOT, "%s-%02d-%02d %s %s", ruby18.group(5), month,
                    Integer.parseInt(ruby18.group(2)), ruby18.group(3), ruby18.group(4));
        }
        text = SPACE_SEPARATOR.matcher(text).replaceFirst("$1T$2");
        var spacedZone = SPACED_ZONE.matcher(text);
        if (spacedZone.find()) {
            String zone = spacedZone.group(1);
            text = text.substring(0, spacedZone.start()) + ("UTC".equals(zone) || "GMT".equals(zone) ? "Z" : zone);
        }
        text = COMPACT_OFFSET.matcher(text).replaceFirst("$1:$2");
        text = HOUR_OFFSET.matcher(text).replaceFirst("$1:00");
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw invalid(value);
            }
        }
    }

    /** Formats with a numeric offset, e.g. {@code 2024-05-01T10:15:30-05:00}; a fraction only when non-zero. */
    public static String format(OffsetDateTime value) {
        return OUTPUT.format(value);
    }

    /** Now in UTC, truncated to seconds (what a cXML timestamp can carry). */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private static CxmlReadException invalid(String value) {
        return new CxmlReadException(400, "invalid timestamp '" + value
                + "': expected ISO 8601 such as 2024-05-01T10:15:30-05:00");
    }
}
