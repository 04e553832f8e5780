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
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores an invoice once and matches it, in one transaction. Idempotent: the same payloadID, or the same supplier +
 * invoice number with the same content, answers the stored invoice (a replay); the same number with other content is
 * a duplicate. The unique constraints decide races: a concurrent twin fails to insert and is answered like a replay.
 */
@ApplicationScoped
public class InvoiceIntake {

    public enum Outcome { CREATED, REPLAYED }

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

    public InvoiceIntake(MatchRunner runner, RematchQueue rematch, ObjectMapper json) {
        this.runner = runner;
        this.rematch = rematch;
        this.json = json;
    }

    public Received receive(Invoice invoice, String payloadId, String origin) {
        List<String> problems = validate(invoice);
        if (!problems.isEmpty()) {
            throw new InvalidInvoice(problems);
        }
        String document = write(invoice);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<Received> known = known(invoice, payloadId, document);
                if (known.isPresent()) {
                    return known.get();
                }
                return new Received(storeAndMatch(invoice, payloadId, origin, document), Outcome.CREATED);
            });
        } catch (PersistenceException raceLost) {
            return QuarkusTransaction.requiringNew().call(() -> known(invoice, payloadId, document)
                    .orElseThrow(() -> raceLost));
        }
    }

    private Optional<Received> known(Invoice invoice, String payloadId, String document) {
        if (payloadId != null) {
            Optional<InvoiceRecord> byPayload = InvoiceRecord.find("payloadId", payloadId).firstResultOptional();
            if (byPayload.isPresent()) {
                return Optional.of(new Received(byPayload.get(), Outcome.REPLAYED));
            }
        }
        Optional<InvoiceRecord> byNumber = InvoiceRecord.find("supplier = ?1 and normalizedNumber = ?2",
                invoice.supplier(), MatchContext.normalizeInvoiceNumber(invoice.invoiceNumber())).firstResultOptional();
        if (byNumber.isPresent()) {
            if (byNumber.get().document.equals(document) && payloadId == null) {
                return Optional.of(new Received(byNumber.get(), Outcome.REPLAYED));
            }
            throw new DuplicateInvoice("supplier " + invoice.supplier() + " already sent invoice "
                    + byNumber.get().invoiceNumber, byNumber.get().id);
        }
        return Optional.empty();
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
        Set<String> poNumbers = new LinkedHashSet<>();
        invoice.lines().forEach(line -> {
            if (line.poNumber() != null) {
                poNumbers.add(line.poNumber());
            }
        });
        for (String poNumber : poNumbers) {
            InvoicePoRecord link = new InvoicePoRecord();
            link.invoiceId = record.id;
            link.poNumber = poNumber;
            link.persist();
        }
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
