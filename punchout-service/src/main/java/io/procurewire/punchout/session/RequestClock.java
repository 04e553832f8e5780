package io.procurewire.punchout.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timestamp check of inbound requests. A timestamp with a zone must be within the allowed skew of our clock.
 * A timestamp without a zone (Oracle iProcurement sends such) was read as UTC by the cxml library but may be any
 * local time: it is accepted when some real UTC offset (-12:00 to +14:00) puts it within the skew. That keeps the
 * check meaningful (a week-old replay fails) without rejecting real buyers whose zone we cannot know.
 */
public final class RequestClock {

    private static final Pattern TIMESTAMP = Pattern.compile("<cXML\\b[^>]*?\\btimestamp\\s*=\\s*[\"']([^\"']*)[\"']",
            Pattern.DOTALL);
    private static final Pattern HAS_ZONE = Pattern.compile("(Z|UTC|GMT|[+-]\\d{2}(:?\\d{2})?)\\s*$");
    private static final Pattern HAS_TIME = Pattern.compile("\\d{2}:\\d{2}");

    private RequestClock() {
    }

    /** Whether the raw cXML@timestamp of the document carries a zone (or offset). */
    public static boolean declaresZone(byte[] document) {
        String head = new String(document, 0, Math.min(document.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = TIMESTAMP.matcher(head);
        if (!m.find()) {
            return true;
        }
        String value = m.group(1).trim();
        int time = value.indexOf('T') > 0 ? value.indexOf('T') : value.indexOf(' ');
        if (time < 0 || !HAS_TIME.matcher(value).find()) {
            return false;
        }
        return HAS_ZONE.matcher(value.substring(time + 1)).find();
    }

    /** @return null when acceptable, else the reason */
    public static String check(OffsetDateTime timestamp, boolean zoned, Instant now, Duration skew) {
        if (timestamp == null) {
            return "missing cXML@timestamp";
        }
        Instant sent = timestamp.toInstant();
        // local time read as UTC = real UTC + the sender's offset, which is between -12:00 and +14:00
        Instant earliest = zoned ? now.minus(skew) : now.minus(skew).minus(Duration.ofHours(12));
        Instant latest = zoned ? now.plus(skew) : now.plus(skew).plus(Duration.ofHours(14));
        if (sent.isBefore(earliest) || sent.isAfter(latest)) {
            return "cXML@timestamp " + timestamp + " is outside the allowed clock skew of " + skew.toMinutes()
                    + " minutes" + (zoned ? "" : " (the timestamp has no zone; every UTC offset was tried)");
        }
        return null;
    }
}
