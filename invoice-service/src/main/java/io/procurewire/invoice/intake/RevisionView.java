package io.procurewire.invoice.intake;

import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.rematch.MatchRunner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One revision of an invoice: the document as received, where it came from, and (for a replaced revision) the status
 * it had when the correction replaced it. The current revision has no {@code replacedAt}.
 */
public record RevisionView(int revision, boolean current, String payloadId, String origin, String purpose,
                           String statusWhenReplaced, Instant receivedAt, Instant replacedAt, Invoice document) {

    static List<RevisionView> of(InvoiceRecord invoice, MatchRunner runner) {
        List<RevisionView> views = new ArrayList<>();
        Instant currentSince = invoice.receivedAt;
        for (InvoiceRevisionRecord old : InvoiceRevisionRecord.<InvoiceRevisionRecord>list(
                "invoiceId = ?1 order by revision", invoice.id)) {
            InvoiceRecord asStored = new InvoiceRecord();
            asStored.id = invoice.id;
            asStored.document = old.document;
            views.add(new RevisionView(old.revision, false, old.payloadId, old.origin, old.purpose, old.status,
                    old.receivedAt, old.replacedAt, runner.document(asStored)));
            currentSince = old.replacedAt;
        }
        views.add(new RevisionView(invoice.revision, true, invoice.payloadId, invoice.origin, invoice.purpose, null,
                currentSince, null, runner.document(invoice)));
        return views;
    }
}
