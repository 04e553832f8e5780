package io.procurewire.ordersync.pull;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The exported=false set shrinks while we page through it: keyset paging sees every PO, offset paging does not. */
class KeysetPagerTest {

    private static final int PAGE = 50;

    @Test
    void keysetPagingVisitsEveryPoWhileEachVisitedPoIsMarkedExported() {
        TreeSet<Long> notExported = new TreeSet<>(LongStream.rangeClosed(1, 237).boxed().toList());
        List<Long> visited = new ArrayList<>();

        int count = KeysetPager.forEach(after -> notExported.tailSet(after, false).stream().limit(PAGE).toList(),
                id -> id, id -> {
                    visited.add(id);
                    notExported.remove(id); // marked exported right away (by us or another replica)
                });

        assertThat(count).isEqualTo(237);
        assertThat(visited).containsExactlyElementsOf(LongStream.rangeClosed(1, 237).boxed().toList());
        assertThat(notExported).isEmpty();
    }

    @Test
    void offsetPagingOverTheSameShrinkingSetSkipsPos() {
        TreeSet<Long> notExported = new TreeSet<>(LongStream.rangeClosed(1, 237).boxed().toList());
        List<Long> visited = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Long> page = notExported.stream().skip(offset).limit(PAGE).toList();
            if (page.isEmpty()) {
                break;
            }
            page.forEach(id -> {
                visited.add(id);
                notExported.remove(id);
            });
        }
        assertThat(visited).hasSizeLessThan(237); // the bug Coupa's guide walks into
    }

    @Test
    void aShortPageIsNotTakenAsTheEndBecausePlatformsCapThePageSize() {
        TreeSet<Long> all = new TreeSet<>(LongStream.rangeClosed(1, 120).boxed().toList());
        int count = KeysetPager.forEach(after -> all.tailSet(after, false).stream().limit(7).toList(), id -> id, id -> { });
        assertThat(count).isEqualTo(120);
    }
}
