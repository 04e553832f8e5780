package io.procurewire.sandbox.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Coupa writes times as "YYYY-MM-DDTHH:MM:SS+HH:MM"; the sandbox writes UTC. */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Timestamps() {
    }

    public static String format(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(FORMAT);
    }

    /** Database-friendly now: microsecond precision, as timestamptz stores it. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
