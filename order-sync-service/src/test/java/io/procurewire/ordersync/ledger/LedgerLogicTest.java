package io.procurewire.ordersync.ledger;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerLogicTest {

    static PoSnapshot.Line line(int n, String part, String qty, String price, boolean deleted) {
        return new PoSnapshot.Line(n, part, null, "Item " + part, new BigDecimal(qty), new BigDecimal(price), "EA",
                null, null, deleted);
    }

    static PoSnapshot po(String status, Integer version, PoSnapshot.Line... lines) {
        return new PoSnapshot("1001", version, status, "USD", "SUP-1", "HQ", "1 Main St", "Springfield", "12345",
                "US", null, List.of(lines));
    }

    @Test
    void theHashIgnoresNumberFormattingDeletedLinesAndFieldsOneSourceLacks() {
        PoSnapshot pulled = po("issued", 2, line(1, "A", "2.000", "45.00", false), line(2, "B", "1", "3", true));
        PoSnapshot pushed = new PoSnapshot("1001", 2, "issued", "USD", null, null, null, null, null, null, null,
                List.of(line(1, "A", "2", "45", false)));
        assertThat(pulled.contentHash()).isEqualTo(pushed.contentHash());
    }

    @Test
    void theHashChangesWithPriceQuantityStatusAndLinesButNotWithTheVersionNumber() {
        String base = po("issued", 1, line(1, "A", "2", "45", false)).contentHash();
        assertThat(po("issued", 1, line(1, "A", "2", "44", false)).contentHash()).isNotEqualTo(base);
        assertThat(po("issued", 1, line(1, "A", "3", "45", false)).contentHash()).isNotEqualTo(base);
        assertThat(po("cancelled", 1, line(1, "A", "2", "45", false)).contentHash()).isNotEqualTo(base);
        assertThat(po("canceled", 1, line(1, "A", "2", "45", false)).contentHash())
                .isEqualTo(po("cancelled", 1, line(1, "A", "2", "45", false)).contentHash());
        assertThat(po("issued", 7, line(1, "A", "2", "45", false)).contentHash()).isEqualTo(base);
    }

    @Test
    void theLineDiffNamesAddedChangedAndDeletedLinesIncludingLinesFlaggedDeleted() {
        PoSnapshot before = po("issued", 1, line(1, "A", "2", "45", false), line(2, "B", "1", "3", false),
                line(3, "C", "1", "1", false));
        PoSnapshot after = po("issued", 2, line(1, "A", "5", "45", false), line(2, "B", "1", "3", true),
                line(3, "C", "1", "1", false), line(4, "D", "1", "9", false));

        LineDiff diff = LineDiff.between(before, after);

        assertThat(diff.added()).extracting(PoSnapshot.Line::lineNumber).containsExactly(4);
        assertThat(diff.changed()).extracting(c -> c.after().lineNumber()).containsExactly(1);
        assertThat(diff.deleted()).extracting(PoSnapshot.Line::lineNumber).containsExactly(2);
        assertThat(LineDiff.between(null, before).added()).hasSize(3);
        assertThat(LineDiff.between(before, before).isEmpty()).isTrue();
    }

    @Test
    void theErpActionFollowsStatusAndWhetherTheErpDocumentExists() {
        assertThat(ErpAction.of(po("issued", 1), false)).isEqualTo(ErpAction.CREATE);
        assertThat(ErpAction.of(po("issued", 2), true)).isEqualTo(ErpAction.UPDATE);
        assertThat(ErpAction.of(po("cancelled", 2), true)).isEqualTo(ErpAction.CANCEL);
        assertThat(ErpAction.of(po("closed", 2), true)).isEqualTo(ErpAction.CLOSE);
    }

    @Test
    void backoffGrowsExponentiallyWithJitterUpToTheMaximumAndHonoursRetryAfter() {
        Backoff low = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10), () -> 0.0);
        Backoff high = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10), () -> 0.999999);
        assertThat(low.delay(1, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(high.delay(1, null)).isBetween(Duration.ofMillis(1999), Duration.ofSeconds(2));
        assertThat(low.delay(3, null)).isEqualTo(Duration.ofSeconds(4));
        assertThat(high.delay(30, null)).isLessThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(low.delay(30, null)).isEqualTo(Duration.ofMinutes(5));
        assertThat(low.delay(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(high.delay(5, Duration.ofMillis(1))).isGreaterThan(Duration.ofSeconds(15));
    }
}
