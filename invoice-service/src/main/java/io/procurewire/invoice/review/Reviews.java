package io.procurewire.invoice.review;

import io.procurewire.invoice.delivery.Deliveries;
import io.procurewire.invoice.delivery.OutboundInvoice;
import io.procurewire.invoice.intake.InvoiceRecord;
import io.procurewire.invoice.intake.InvoiceView;
import io.procurewire.invoice.rematch.MatchRunner;
import io.procurewire.invoice.rematch.RematchQueue;
import io.procurewire.problem.ProblemException;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * Reviewer decisions: accept (with a reason) or reject an invoice in exception. One transaction per decision: the
 * invoice's status, its open exception records and the audit line change together.
 */
@ApplicationScoped
public class Reviews {

    public record DecisionView(Long id, String action, String actor, String reason, String outcome, Instant decidedAt) {
    }

    private final MatchRunner runner;
    private final RematchQueue rematch;
    private final Deliveries deliveries;

    public Reviews(MatchRunner runner, RematchQueue rematch, Deliveries deliveries) {
        this.deliveries = deliveries;
        this.runner = runner;
        this.rematch = rematch;
    }

    @Transactional
    public List<InvoiceView> queue() {
        return InvoiceRecord.<InvoiceRecord>list("status = 'EXCEPTION' order by receivedAt, id").stream()
                .map(r -> InvoiceView.of(r, runner.document(r))).toList();
    }

    @Transactional
    public InvoiceView accept(long id, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("accepting an invoice in exception needs a reason");
        }
        InvoiceView view = decide(id, "ACCEPT", "ACCEPTED", reason, actor);
        InvoiceRecord invoice = InvoiceRecord.findById(id);
        // an accepted exception goes to the buyer like a match, with the reviewer's reason
        if (deliveries.enqueue(invoice, runner.document(invoice), new OutboundInvoice.MatchInfo("ACCEPTED_BY_REVIEWER",
                invoice.expectedTotal, invoice.actualTotal, invoice.matchRuns, reason))) {
            return InvoiceView.of(invoice, runner.document(invoice));
        }
        return view;
    }

    @Transactional
    public InvoiceView reject(long id, String reason, String actor) {
        InvoiceView view = decide(id, "REJECT", "REJECTED", reason, actor);
        // what the rejected invoice billed no longer counts: later invoices on its POs may pass now
        for (var line : view.lines()) {
            if (line.poNumber() != null) {
                rematch.requestForPurchaseOrder(line.poNumber(), "invoice " + id + " rejected");
            }
        }
        return view;
    }

    @Transactional
    public List<DecisionView> audit(long id) {
        if (InvoiceRecord.findById(id) == null) {
            throw ProblemException.notFound("invoice", id);
        }
        return DecisionRecord.<DecisionRecord>list("invoiceId = ?1 order by id", id).stream()
                .map(d -> new DecisionView(d.id, d.action, d.actor, d.reason, d.outcome, d.decidedAt)).toList();
    }

    private InvoiceView decide(long id, String action, String status, String reason, String actor) {
        InvoiceRecord invoice = InvoiceRecord.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw ProblemException.notFound("invoice", id);
        }
        if (!"EXCEPTION".equals(invoice.status)) {
            throw ProblemException.conflict("invoice " + id + " is " + invoice.status + "; only invoices in EXCEPTION are decided");
        }
        invoice.status = status;
        Instant now = Instant.now();
        for (MatchExceptionRecord open : MatchExceptionRecord.<MatchExceptionRecord>list("invoiceId = ?1 and state = 'OPEN'", id)) {
            open.state = status;
            open.resolvedAt = now;
        }
        DecisionRecord.log(id, action, actor, reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason, status);
        return InvoiceView.of(invoice, runner.document(invoice));
    }
}
