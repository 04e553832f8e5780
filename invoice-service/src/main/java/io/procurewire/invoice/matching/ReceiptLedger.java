package io.procurewire.invoice.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The receipts of one PO line as lots in the order they arrived. A return (negative receipt) takes its quantity back
 * from the newest lots. Invoices consume the lots first in, first out: earlier invoices' quantity first, then this
 * invoice's lines in line order.
 */
final class ReceiptLedger {

    record PoLineKey(String poNumber, int lineNumber) {
    }

    private static final Comparator<Receipt> ARRIVAL = Comparator
            .comparing(Receipt::receivedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Receipt::receiptId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<String> lotIds = new ArrayList<>();
    private final List<BigDecimal> lotQuantities = new ArrayList<>();
    private BigDecimal net = BigDecimal.ZERO;

    static Map<PoLineKey, ReceiptLedger> index(List<Receipt> receipts) {
        Map<PoLineKey, List<Receipt>> grouped = new HashMap<>();
        for (Receipt receipt : receipts) {
            grouped.computeIfAbsent(new PoLineKey(receipt.poNumber(), receipt.poLineNumber()), k -> new ArrayList<>())
                    .add(receipt);
        }
        Map<PoLineKey, ReceiptLedger> ledgers = new HashMap<>();
        grouped.forEach((key, list) -> ledgers.put(key, new ReceiptLedger(list)));
        return ledgers;
    }

    static final ReceiptLedger EMPTY = new ReceiptLedger(List.of());

    private ReceiptLedger(List<Receipt> receipts) {
        List<Receipt> sorted = new ArrayList<>(receipts);
        sorted.sort(ARRIVAL);
        for (Receipt receipt : sorted) {
            if (receipt.quantity().signum() >= 0) {
                lotIds.add(receipt.receiptId());
                lotQuantities.add(receipt.quantity());
            } else {
                takeBackFromNewest(receipt.quantity().negate());
            }
            net = net.add(receipt.quantity());
        }
        if (net.signum() < 0) {
            net = BigDecimal.ZERO;
        }
    }

    private void takeBackFromNewest(BigDecimal returned) {
        BigDecimal left = returned;
        for (int i = lotQuantities.size() - 1; i >= 0 && left.signum() > 0; i--) {
            BigDecimal lot = lotQuantities.get(i);
            BigDecimal taken = lot.min(left);
            lotQuantities.set(i, lot.subtract(taken));
            left = left.subtract(taken);
        }
    }

    /** Received minus returned (never below zero). */
    BigDecimal net() {
        return net;
    }

    /** The lots {@code quantity} takes after {@code alreadyConsumed} was taken by what came before it. */
    List<Allocation> allocate(BigDecimal alreadyConsumed, BigDecimal quantity) {
        List<Allocation> allocations = new ArrayList<>(2);
        BigDecimal skip = alreadyConsumed.max(BigDecimal.ZERO);
        BigDecimal wanted = quantity;
        for (int i = 0; i < lotQuantities.size() && wanted.signum() > 0; i++) {
            BigDecimal available = lotQuantities.get(i);
            if (skip.signum() > 0) {
                BigDecimal skipped = available.min(skip);
                skip = skip.subtract(skipped);
                available = available.subtract(skipped);
            }
            if (available.signum() > 0) {
                BigDecimal taken = available.min(wanted);
                allocations.add(new Allocation(lotIds.get(i), taken));
                wanted = wanted.subtract(taken);
            }
        }
        return allocations;
    }
}
