package io.procurewire.punchout.catalog;

import java.time.Instant;

/**
 * A catalog answer and how fresh it is: {@code possiblyStale} when it came from the fallback cache because
 * catalog-service did not answer; {@code fetchedAt} is when catalog-service produced it.
 */
public record Fetched<T>(T value, boolean possiblyStale, Instant fetchedAt) {
}
