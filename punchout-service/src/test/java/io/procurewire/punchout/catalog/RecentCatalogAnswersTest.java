package io.procurewire.punchout.catalog;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentCatalogAnswersTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void answersFlaggedStaleUntilTheTtlPasses() {
        RecentCatalogAnswers cache = new RecentCatalogAnswers(Duration.ofMinutes(10), 100, clock);
        Instant fetched = now.get();
        cache.remember("k", "page", fetched);
        now.set(fetched.plus(Duration.ofMinutes(9)));
        Fetched<String> hit = cache.<String>find("k").orElseThrow();
        assertEquals("page", hit.value());
        assertTrue(hit.possiblyStale());
        assertEquals(fetched, hit.fetchedAt());
        now.set(fetched.plus(Duration.ofMinutes(11)));
        assertTrue(cache.find("k").isEmpty());
    }

    @Test
    void staysWithinItsSizeBoundDroppingTheOldest() {
        RecentCatalogAnswers cache = new RecentCatalogAnswers(Duration.ofMinutes(10), 10, clock);
        for (int i = 0; i < 25; i++) {
            cache.remember(i, "v" + i, now.get().plusSeconds(i));
        }
        assertTrue(cache.size() <= 10, "size " + cache.size());
        assertTrue(cache.find(24).isPresent());
        assertTrue(cache.find(0).isEmpty());
    }
}
