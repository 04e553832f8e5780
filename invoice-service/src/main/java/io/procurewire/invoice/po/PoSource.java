package io.procurewire.invoice.po;

import io.procurewire.invoice.matching.PurchaseOrder;

import java.util.Optional;

/**
 * Where PO data comes from: the buyer platform's Core API today, order-sync-service's PO API once it exists
 * ({@code procurewire.invoice.po-source}). Answers empty when the PO does not exist; throws
 * {@link PoSourceUnavailable} when the source cannot be asked right now (the match then waits, never passes).
 */
public interface PoSource {

    Optional<PurchaseOrder> find(String poNumber);

    /** The source cannot answer now (timeout, 5xx, open circuit): decide nothing, try again later. */
    class PoSourceUnavailable extends RuntimeException {
        public PoSourceUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
