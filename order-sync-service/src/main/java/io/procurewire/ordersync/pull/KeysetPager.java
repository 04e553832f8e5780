package io.procurewire.ordersync.pull;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Walks a listing by keyset: each page is "the next records with an id greater than the last one seen", never an
 * offset. Records leaving the filtered set meanwhile (a PO marked exported by us or by another replica) cannot shift
 * later records onto an earlier page, which an offset over a shrinking {@code exported=false} set does. Stops at the
 * first empty page (a short page is not trusted: platforms cap the page size).
 */
public final class KeysetPager {

    private KeysetPager() {
    }

    /** Answers how many records were visited. */
    public static <T> int forEach(LongFunction<List<T>> pageAfter, ToLongFunction<T> id, Consumer<T> each) {
        long cursor = 0;
        int visited = 0;
        while (true) {
            List<T> page = pageAfter.apply(cursor);
            if (page == null || page.isEmpty()) {
                return visited;
            }
            for (T record : page) {
                each.accept(record);
                visited++;
                cursor = Math.max(cursor, id.applyAsLong(record));
            }
        }
    }
}
