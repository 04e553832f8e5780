package io.procurewire.cxml;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique cXML payloadIDs in the recommended form {@code <epochMillis>.<counter>.<random>@<host>}. The counter makes
 * ids unique within this JVM, the random part across processes. ThreadLocalRandom (not SecureRandom) so that no
 * seeded state ends up in a native image heap; the id is not a secret.
 */
public final class PayloadIds {

    private static final AtomicLong COUNTER = new AtomicLong();

    private PayloadIds() {
    }

    /** A new id with the default host: system property {@code procurewire.cxml.payload-host}, else $HOSTNAME, else "procurewire". */
    public static String next() {
        return next(null);
    }

    /** A new id ending in {@code @host}. */
    public static String next(String host) {
        String suffix = host == null || host.isBlank() ? defaultHost() : host.trim();
        int random = ThreadLocalRandom.current().nextInt(0x10000000, Integer.MAX_VALUE);
        return System.currentTimeMillis() + "." + COUNTER.incrementAndGet() + "." + Integer.toHexString(random) + "@" + suffix;
    }

    /** Read on every call, never in a static initialiser: a native image would freeze the build machine's value. */
    private static String defaultHost() {
        String configured = System.getProperty("procurewire.cxml.payload-host");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("HOSTNAME");
        }
        return configured == null || configured.isBlank() ? "procurewire" : configured.trim();
    }
}
