package io.procurewire.punchout.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last good answers of catalog-service, kept briefly in memory for the degraded mode only: every replica has
 * its own, and losing it costs nothing but availability while catalog-service is down. Bounded in size and age.
 */
public final class RecentCatalogAnswers {

    record Entry(Object value, Instant fetchedAt) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    public RecentCatalogAnswers(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public <T> T remember(Object key, T value, Instant fetchedAt) {
        entries.put(key, new Entry(value, fetchedAt));
        if (entries.size() > maxEntries) {
            evict();
        }
        return value;
    }

    /** The cached answer if younger than the TTL, flagged possibly stale. */
    @SuppressWarnings("unchecked")
    public <T> Optional<Fetched<T>> find(Object key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.fetchedAt().plus(ttl).isBefore(clock.instant())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(new Fetched<>((T) entry.value(), true, entry.fetchedAt()));
    }

    public int size() {
        return entries.size();
    }

    public void clear() {
        entries.clear();
    }

    private void evict() {
        Instant oldestAllowed = clock.instant().minus(ttl);
        entries.values().removeIf(e -> e.fetchedAt().isBefore(oldestAllowed));
        int excess = entries.size() - maxEntries;
        if (excess > 0) {
            entries.entrySet().stream()
                    .sorted(Comparator.comparing(e -> e.getValue().fetchedAt()))
                    .limit(excess + maxEntries / 10)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(entries::remove);
        }
    }
}
