package io.procurewire.invoice.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The match of one invoice. Totals are null while waiting for PO data. */
public record MatchResult(MatchStatus status, List<ExceptionRecord> exceptions, List<LineResult> lines,
                          BigDecimal expectedTotal, BigDecimal actualTotal, BigDecimal writtenOff,
                          Set<String> waitingForPurchaseOrders) {

    public static MatchResult waiting(Set<String> poNumbers) {
        return new MatchResult(MatchStatus.WAITING_FOR_PO_DATA, List.of(), List.of(), null, null, null,
                Set.copyOf(poNumbers));
    }

    public boolean matched() {
        return status == MatchStatus.MATCHED;
    }

    public List<Reason> reasons() {
        return exceptions.stream().map(ExceptionRecord::code).toList();
    }
}
