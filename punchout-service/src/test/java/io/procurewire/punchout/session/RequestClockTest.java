package io.procurewire.punchout.session;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestClockTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Duration SKEW = Duration.ofMinutes(15);

    private static byte[] doc(String timestamp) {
        return ("<?xml version=\"1.0\"?>\n<cXML payloadID=\"p\" timestamp=\"" + timestamp + "\" xml:lang=\"en\">")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void seesWhetherTheRawTimestampHasAZone() {
        assertTrue(RequestClock.declaresZone(doc("2026-11-24T06:00:00-06:00")));
        assertTrue(RequestClock.declaresZone(doc("2026-11-24T12:00:00Z")));
        assertTrue(RequestClock.declaresZone(doc("2026-11-24T06:00:00-0600")));
        assertTrue(RequestClock.declaresZone(doc("2008-01-22 14:35:00 -0800")));
        assertFalse(RequestClock.declaresZone(doc("2026-11-24T06:00:00")));
        assertFalse(RequestClock.declaresZone(doc("2026-11-24 06:00:00")));
        assertFalse(RequestClock.declaresZone(doc("2026-11-24")));
    }

    @Test
    void zonedTimestampsMustBeWithinTheSkew() {
        assertNull(RequestClock.check(OffsetDateTime.parse("2026-11-24T06:10:00-06:00"), true, NOW, SKEW));
        assertNotNull(RequestClock.check(OffsetDateTime.parse("2026-11-24T06:20:00-06:00"), true, NOW, SKEW));
        assertNotNull(RequestClock.check(OffsetDateTime.parse("2026-11-24T11:40:00Z"), true, NOW, SKEW));
        assertNotNull(RequestClock.check(null, true, NOW, SKEW));
    }

    @Test
    void zonelessTimestampsAreAcceptedWhenSomeRealOffsetFits() {
        // read as UTC by the library; a sender in Chicago wrote local time 06:00
        assertNull(RequestClock.check(OffsetDateTime.of(2026, 11, 24, 6, 0, 0, 0, ZoneOffset.UTC), false, NOW, SKEW));
        // Auckland (+13:00) local time 01:00 the next day
        assertNull(RequestClock.check(OffsetDateTime.of(2026, 11, 25, 1, 0, 0, 0, ZoneOffset.UTC), false, NOW, SKEW));
        String dayOld = RequestClock.check(OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC), false, NOW, SKEW);
        assertNotNull(dayOld);
        assertTrue(dayOld.contains("no zone"));
    }
}
