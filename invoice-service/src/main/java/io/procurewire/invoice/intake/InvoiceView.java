package io.procurewire.invoice.intake;

import io.procurewire.invoice.matching.Allocation;
import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.rematch.MatchRunner;
import io.procurewire.invoice.review.MatchExceptionRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An invoice as the API shows it: the current document and its revision (1 + corrections; earlier ones under
 * {@code /revisions}), the current match state, every exception record with its state.
 */
public record InvoiceView(Long id, String supplier, String invoiceNumber, String payloadId, String origin,
                          int revision, Instant cancelledAt, String status, BigDecimal expectedTotal, BigDecimal actualTotal, BigDecimal writtenOff,
                          int matchRuns, Instant receivedAt, Instant matchedAt, List<ExceptionView> exceptions,
                          List<LineView> lines, Invoice document) {

    public record ExceptionView(Long id, String code, Integer invoiceLine, String expected, String actual,
                                String limit, BigDecimal breachAmount, String detail, String state, Instant raisedAt,
                                Instant resolvedAt) {
        public static ExceptionView of(MatchExceptionRecord r) {
            return new ExceptionView(r.id, r.code, r.invoiceLine, r.expected, r.actual, r.limitValue, r.breachAmount,
                    r.detail, r.state, r.raisedAt, r.resolvedAt);
        }
    }

    public record LineView(int invoiceLine, String kind, String poNumber, Integer poLine, BigDecimal consumed,
                           List<Allocation> allocations) {
    }

    public static InvoiceView of(InvoiceRecord r, Invoice document) {
        List<ExceptionView> exceptions = MatchExceptionRecord.<MatchExceptionRecord>list("invoiceId = ?1 order by id", r.id)
                .stream().map(ExceptionView::of).toList();
        List<LineView> lines = InvoiceLineResultRecord.<InvoiceLineResultRecord>list("invoiceId = ?1 order by invoiceLine", r.id)
                .stream().map(l -> new LineView(l.invoiceLine, l.kind, l.poNumber, l.poLine, l.consumed,
                        MatchRunner.allocations(l.allocations))).toList();
        return new InvoiceView(r.id, r.supplier, r.invoiceNumber, r.payloadId, r.origin, r.revision, r.cancelledAt, r.status, r.expectedTotal,
                r.actualTotal, r.writtenOff, r.matchRuns, r.receivedAt, r.matchedAt, exceptions, lines, document);
    }
}
