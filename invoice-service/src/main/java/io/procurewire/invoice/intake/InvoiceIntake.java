package io.procurewire.invoice.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.matching.MatchContext;
import io.procurewire.invoice.matching.Money;
import io.procurewire.invoice.rematch.MatchRunner;
import io.procurewire.invoice.rematch.RematchQueue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import io.procurewire.invoice.review.DecisionRecord;
import io.procurewire.invoice.review.MatchExceptionRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores an invoice once and matches it, in one transaction. Idempotent: the same payloadID (of the current or of a
 * replaced revision), or the same supplier + invoice number with the same content, answers the stored invoice (a
 * replay); what a same-number document with other content is, {@link SameNumberRule} decides: a duplicate, or a
 * correction that replaces the stored document as a new revision (the old one kept in {@code invoice_revision}) and
 * matches it again at once. The unique constraints decide races between two first documents: a concurrent twin fails
 * to insert and is answered like a replay; corrections and cancellations take the invoice's row lock first, so two of
 * them, or one and a re-match, run one after the other.
 */
@ApplicationScoped
public class InvoiceIntake {

    public enum Outcome { CREATED, REPLAYED, CORRECTED }

    public record Received(InvoiceRecord invoice, Outcome outcome) {
    }

    /** Another invoice of the supplier has this number. */
    public static class DuplicateInvoice extends RuntimeException {
        public final long existingId;

        DuplicateInvoice(String message, long existingId) {
            super(message);
            this.existingId = existingId;
        }
    }

    /** The stored invoice is final (sent to or decided for the buyer, or cancelled): it is not corrected or cancelled. */
    public static class FinalInvoice extends RuntimeException {
        public final long existingId;
        public final String status;

        FinalInvoice(String message, long existingId, String status) {
            super(message);
            this.existingId = existingId;
            this.status = status;
        }
    }

    /** The invoice cannot be stored as sent (the message lists every problem). */
    public static class InvalidInvoice extends RuntimeException {
        public final List<String> problems;

        InvalidInvoice(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = problems;
        }
    }

    private final MatchRunner runner;
    private final RematchQueue rematch;
    private final ObjectMapper json;
    private final EntityManager em;

    public InvoiceIntake(MatchRunner runner, RematchQueue rematch, ObjectMapper json, EntityManager em) {
        this.em = em;
        this.runner = runner;
        this.rematch = rematch;
        this.json = json;
    }

    /** A new invoice through the JSON API: a same-number document is a replay or a duplicate, never a correction. */
    public Received receive(Invoice invoice, String payloadId, String origin) {
        return receive(invoice, payloadId, origin, SameNumberRule.Channel.CREATE, origin);
    }

    /**
     * A document for the supplier's invoice number: stored new, or, when the number is taken, what
     * {@link SameNumberRule} says for this channel (replay, duplicate, correction, final).
     */
    public Received receive(Invoice invoice, String payloadId, String origin, SameNumberRule.Channel channel,
                            String actor) {
        List<String> problems = validate(invoice);
        if (!problems.isEmpty()) {
            throw new InvalidInvoice(problems);
        }
        String document = write(invoice);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<Received> known = known(invoice, payloadId, origin, document, channel, actor);
                if (known.isPresent()) {
                    return known.get();
                }
                return new Received(storeAndMatch(invoice, payloadId, origin, document), Outcome.CREATED);
            });
        } catch (PersistenceException raceLost) {
            return QuarkusTransaction.requiringNew().call(() -> known(invoice, payloadId, origin, document, channel, actor)
                    .orElseThrow(() -> raceLost));
        }
    }

    /**
     * {@code PUT /api/invoices/{id}}: the corrected document of invoice {@code id} (same supplier, same number).
     * The same content again is a replay; a final invoice is refused unchanged.
     */
    public Received correct(long id, Invoice invoice, String payloadId, String origin, String actor) {
        List<String> problems = validate(invoice);
        if (!problems.isEmpty()) {
            throw new InvalidInvoice(problems);
        }
        String document = write(invoice);
        return QuarkusTransaction.requiringNew().call(() -> {
            if (payloadId != null) {
                Optional<Received> replay = byPayload(payloadId);
                if (replay.isPresent()) {
                    if (!replay.get().invoice().id.equals(id)) {
                        throw new InvalidInvoice(List.of("Idempotency-Key " + payloadId
                                + " belongs to another invoice (" + replay.get().invoice().id + ")"));
                    }
                    return replay.get();
                }
            }
            InvoiceRecord stored = InvoiceRecord.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (stored == null) {
                throw new NotFound(id);
            }
            List<String> mismatch = new ArrayList<>();
            if (!stored.supplier.equals(invoice.supplier())) {
                mismatch.add("supplier must stay " + stored.supplier);
            }
            if (!stored.normalizedNumber.equals(MatchContext.normalizeInvoiceNumber(invoice.invoiceNumber()))) {
                mismatch.add("invoiceNumber must stay " + stored.invoiceNumber + " (a new number is a new invoice)");
            }
            if (!mismatch.isEmpty()) {
                throw new InvalidInvoice(mismatch);
            }
            return sameNumber(stored, invoice, payloadId, origin, document, SameNumberRule.Channel.CORRECTION, actor);
        });
    }

    /**
     * Cancels a not yet final invoice: status CANCELLED, its open exception records CANCELLED, what it billed no
     * longer counts (the other invoices of its POs are matched again), one CANCEL line in the audit trail. Cancelling
     * a cancelled invoice again answers it unchanged.
     *
     * @return whether this call cancelled it (false: it already was)
     */
    public boolean cancel(InvoiceRecord stored, String reason, String actor) {
        if ("CANCELLED".equals(stored.status)) {
            return false;
        }
        if (!SameNumberRule.cancellable(stored.status)) {
            throw new FinalInvoice("invoice " + stored.invoiceNumber + " (" + stored.id + ") is " + stored.status
                    + " and can no longer be cancelled; " + FINAL_HINT, stored.id, stored.status);
        }
        Instant now = Instant.now();
        stored.status = "CANCELLED";
        stored.cancelledAt = now;
        for (MatchExceptionRecord open : MatchExceptionRecord.<MatchExceptionRecord>list(
                "invoiceId = ?1 and state = 'OPEN'", stored.id)) {
            open.state = "CANCELLED";
            open.resolvedAt = now;
        }
        DecisionRecord.log(stored.id, "CANCEL", actor, cut(reason), "CANCELLED");
        // what the cancelled invoice billed no longer counts: invoices waiting on these POs may pass now
        for (String poNumber : poNumbers(runner.document(stored))) {
            rematch.requestForPurchaseOrder(poNumber, "invoice " + stored.invoiceNumber + " cancelled");
        }
        return true;
    }

    static final String FINAL_HINT = "a change now is a credit memo or debit memo referencing it";

    /** The invoice of the id does not exist. */
    public static class NotFound extends RuntimeException {
        public final long id;

        NotFound(long id) {
            super("invoice " + id + " does not exist");
            this.id = id;
        }
    }

    private Optional<Received> byPayload(String payloadId) {
        Optional<InvoiceRecord> current = InvoiceRecord.find("payloadId", payloadId).firstResultOptional();
        if (current.isPresent()) {
            return Optional.of(new Received(current.get(), Outcome.REPLAYED));
        }
        return InvoiceRevisionRecord.<InvoiceRevisionRecord>find("payloadId", payloadId).firstResultOptional()
                .map(old -> new Received(InvoiceRecord.findById(old.invoiceId), Outcome.REPLAYED));
    }

    private Optional<Received> known(Invoice invoice, String payloadId, String origin, String document,
                                     SameNumberRule.Channel channel, String actor) {
        if (payloadId != null) {
            Optional<Received> replay = byPayload(payloadId);
            if (replay.isPresent()) {
                return replay;
            }
        }
        var query = InvoiceRecord.<InvoiceRecord>find("supplier = ?1 and normalizedNumber = ?2",
                invoice.supplier(), MatchContext.normalizeInvoiceNumber(invoice.invoiceNumber()));
        if (channel != SameNumberRule.Channel.CREATE) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        Optional<InvoiceRecord> byNumber = query.firstResultOptional();
        if (byNumber.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sameNumber(byNumber.get(), invoice, payloadId, origin, document, channel, actor));
    }

    private Received sameNumber(InvoiceRecord stored, Invoice invoice, String payloadId, String origin, String document,
                                SameNumberRule.Channel channel, String actor) {
        SameNumberRule.Verdict verdict = SameNumberRule.decide(channel, stored.status, stored.purpose, stored.document,
                invoice.purpose().name(), document, payloadId != null);
        return switch (verdict) {
            case REPLAY -> new Received(stored, Outcome.REPLAYED);
            case DUPLICATE -> throw new DuplicateInvoice("supplier " + invoice.supplier() + " already sent invoice "
                    + stored.invoiceNumber, stored.id);
            case FINAL -> throw new FinalInvoice("invoice " + stored.invoiceNumber + " (" + stored.id + ") is "
                    + stored.status + " and can no longer be corrected; " + FINAL_HINT, stored.id, stored.status);
            case PURPOSE_CHANGED -> throw new InvalidInvoice(List.of("purpose must stay " + stored.purpose
                    + " (a credit or debit memo is a document of its own, with its own number)"));
            case CORRECTION -> new Received(replace(stored, invoice, payloadId, origin, document, actor),
                    Outcome.CORRECTED);
        };
    }

    /**
     * The correction: the current revision is archived as it is, the new document becomes current, the invoice's PO
     * links follow it, and it is matched again in this transaction (exceptions that no longer hold become CLEARED, new
     * ones OPEN). Every other undecided invoice of the old and new POs is matched again after the commit: what this
     * one bills changed.
     */
    private InvoiceRecord replace(InvoiceRecord stored, Invoice invoice, String payloadId, String origin,
                                  String document, String actor) {
        Instant now = Instant.now();
        Set<String> before = poNumbers(runner.document(stored));
        InvoiceRevisionRecord old = new InvoiceRevisionRecord();
        old.invoiceId = stored.id;
        old.revision = stored.revision;
        old.payloadId = stored.payloadId;
        old.origin = stored.origin;
        old.purpose = stored.purpose;
        old.document = stored.document;
        old.status = stored.status;
        old.receivedAt = stored.revision == 1 ? stored.receivedAt
                : InvoiceRevisionRecord.<InvoiceRevisionRecord>find("invoiceId = ?1 and revision = ?2", stored.id,
                        stored.revision - 1).firstResultOptional().map(r -> r.replacedAt).orElse(stored.receivedAt);
        old.replacedAt = now;
        old.persist();
        int previous = stored.revision;
        stored.revision = previous + 1;
        stored.payloadId = payloadId;
        stored.origin = origin;
        stored.document = document;
        stored.buyer = invoice.buyer();
        stored.invoiceNumber = invoice.invoiceNumber();
        stored.invoiceDate = invoice.invoiceDate();
        stored.currency = invoice.currency();
        Set<String> after = poNumbers(invoice);
        InvoicePoRecord.delete("invoiceId", stored.id);
        em.flush();
        linkPurchaseOrders(stored.id, after);
        DecisionRecord.log(stored.id, "CORRECT", actor, "revision " + previous + " replaced by revision "
                + stored.revision + (payloadId == null ? "" : " (payloadID " + payloadId + ")"), "REVISION_" + stored.revision);
        runner.run(stored, "corrected: revision " + stored.revision + " (" + origin + ")");
        Set<String> affected = new LinkedHashSet<>(before);
        affected.addAll(after);
        for (String poNumber : affected) {
            rematch.requestForPurchaseOrder(poNumber, "invoice " + stored.invoiceNumber + " corrected (revision "
                    + stored.revision + ")");
        }
        return stored;
    }

    /** The invoice's PO links, which the re-match queue follows from a receipt or PO change to its invoices. */
    private static void linkPurchaseOrders(long invoiceId, Set<String> poNumbers) {
        for (String poNumber : poNumbers) {
            InvoicePoRecord link = new InvoicePoRecord();
            link.invoiceId = invoiceId;
            link.poNumber = poNumber;
            link.persist();
        }
    }

    private static Set<String> poNumbers(Invoice invoice) {
        Set<String> poNumbers = new LinkedHashSet<>();
        invoice.lines().forEach(line -> {
            if (line.poNumber() != null) {
                poNumbers.add(line.poNumber());
            }
        });
        return poNumbers;
    }

    private static String cut(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    private InvoiceRecord storeAndMatch(Invoice invoice, String payloadId, String origin, String document) {
        InvoiceRecord record = new InvoiceRecord();
        record.supplier = invoice.supplier();
        record.buyer = invoice.buyer();
        record.invoiceNumber = invoice.invoiceNumber();
        record.normalizedNumber = MatchContext.normalizeInvoiceNumber(invoice.invoiceNumber());
        record.payloadId = payloadId;
        record.purpose = invoice.purpose().name();
        record.invoiceDate = invoice.invoiceDate();
        record.currency = invoice.currency();
        record.origin = origin;
        record.document = document;
        record.status = "RECEIVED";
        record.receivedAt = Instant.now();
        record.persistAndFlush();
        Set<String> poNumbers = poNumbers(invoice);
        linkPurchaseOrders(record.id, poNumbers);
        runner.run(record, "received (" + origin + ")");
        if (invoice.purpose().isCreditNote() || invoice.lines().stream().anyMatch(l -> l.quantity().signum() < 0)) {
            // a quantity credit frees quantity: invoices waiting on these POs may pass now
            for (String poNumber : poNumbers) {
                rematch.requestForPurchaseOrder(poNumber, "credit " + invoice.invoiceNumber() + " received");
            }
        }
        return record;
    }

    private String write(Invoice invoice) {
        try {
            return json.writeValueAsString(invoice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> validate(Invoice invoice) {
        List<String> problems = new ArrayList<>();
        if (invoice == null) {
            return List.of("an invoice is required");
        }
        if (blank(invoice.supplier())) problems.add("supplier is required");
        if (blank(invoice.invoiceNumber())) problems.add("invoiceNumber is required");
        else if (invoice.invoiceNumber().length() > 64) problems.add("invoiceNumber is longer than 64 characters");
        if (invoice.invoiceDate() == null) problems.add("invoiceDate is required");
        if (!Money.isKnownCurrency(invoice.currency())) problems.add("currency must be an ISO 4217 code");
        if (invoice.lines().isEmpty()) problems.add("an invoice needs at least one line");
        Set<Integer> numbers = new java.util.HashSet<>();
        for (Invoice.Line line : invoice.lines()) {
            if (!numbers.add(line.lineNumber())) problems.add("line " + line.lineNumber() + " appears twice");
            if (line.quantity() == null) problems.add("line " + line.lineNumber() + " has no quantity");
            if (line.unitPrice() == null) problems.add("line " + line.lineNumber() + " has no unitPrice");
            if (line.poNumber() != null && line.poNumber().length() > 64) problems.add("line " + line.lineNumber() + ": poNumber too long");
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
