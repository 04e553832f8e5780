package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PayloadIdsTest {

    @Test
    void isUniqueOverTenThousandCalls() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(PayloadIds.next());
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void isUniqueAcrossThreads() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 10_000).parallel().forEach(i -> ids.add(PayloadIds.next("shop.example")));

        assertThat(ids).hasSize(10_000);
    }

    @Test
    void hasMillisCounterRandomAndHost() {
        long before = System.currentTimeMillis();
        String id = PayloadIds.next("supplier.example");

        assertThat(id).matches("(\\d{13})\\.(\\d+)\\.([0-9a-f]{8})@supplier\\.example");
        assertThat(Long.parseLong(id.substring(0, 13))).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void blankHostFallsBackToTheDefault() {
        assertThat(PayloadIds.next(" ")).matches("\\d{13}\\.\\d+\\.[0-9a-f]{8}@\\S+");
        assertThat(PayloadIds.next()).matches("\\d{13}\\.\\d+\\.[0-9a-f]{8}@\\S+");
    }
}
