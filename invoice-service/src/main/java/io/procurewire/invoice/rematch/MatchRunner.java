package io.procurewire.invoice.rematch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.procurewire.invoice.delivery.Deliveries;
import io.procurewire.invoice.delivery.OutboundInvoice;
import io.procurewire.invoice.intake.InvoiceLineResultRecord;
import io.procurewire.invoice.intake.InvoiceRecord;
import io.procurewire.invoice.matching.Allocation;
import io.procurewire.invoice.matching.ExceptionRecord;
import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.matching.LineResult;
import io.procurewire.invoice.matching.MatchContext;
import io.procurewire.invoice.matching.MatchResult;
import io.procurewire.invoice.matching.MatchStatus;
import io.procurewire.invoice.matching.MatchingEngine;
import io.procurewire.invoice.matching.PriorBilling;
import io.procurewire.invoice.matching.PurchaseOrder;
import io.procurewire.invoice.matching.Receipt;
import io.procurewire.invoice.po.PoSource;
import io.procurewire.invoice.po.PurchaseOrders;
import io.procurewire.invoice.receipt.ReceiptRecord;
import io.procurewire.invoice.review.DecisionRecord;
import io.procurewire.invoice.review.MatchExceptionRecord;
import io.procurewire.invoice.tolerance.ToleranceProfileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the matching engine for a stored invoice against the database (PO copy, receipts, what earlier invoices
 * billed) and stores the outcome: status and totals, line results, exception records (new ones OPEN, those that no
 * longer hold CLEARED with their time, history kept) and an audit line. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class MatchRunner {

    private static final Logger LOG = Logger.getLogger(MatchRunner.class);
    /** Statuses a match may change; ACCEPTED, REJECTED, CANCELLED and the delivery statuses (SENDING, BUYER_*) are decided. */
    public static final Set<String> OPEN_STATUSES = Set.of("RECEIVED", "MATCHED", "EXCEPTION", "WAITING_FOR_PO_DATA");

    private final MatchingEngine engine = new MatchingEngine();
    private final PurchaseOrders purchaseOrders;
    private final PoSource poSource;
    private final ToleranceProfileStore profiles;
    private final ObjectMapper json;
    private final EntityManager em;
    private final Deliveries deliveries;

    public MatchRunner(PurchaseOrders purchaseOrders, PoSource poSource, ToleranceProfileStore profiles,
                       ObjectMapper json, EntityManager em, Deliveries deliveries) {
        this.deliveries = deliveries;
        this.purchaseOrders = purchaseOrders;
        this.poSource = poSource;
        this.profiles = profiles;
        this.json = json;
        this.em = em;
    }

    public Invoice document(InvoiceRecord record) {
        try {
            return json.readValue(record.document, Invoice.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored invoice " + record.id + " is unreadable", e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MatchResult run(InvoiceRecord record, String cause) {
        Invoice invoice = document(record);
        Set<String> poNumbers = new LinkedHashSet<>();
        invoice.lines().forEach(line -> {
            if (line.poNumber() != null) {
                poNumbers.add(line.poNumber());
            }
        });
        Map<String, PurchaseOrder> orders = new HashMap<>();
        Set<String> unavailable = new HashSet<>();
        for (String poNumber : poNumbers) {
            Optional<PurchaseOrder> stored = purchaseOrders.stored(poNumber);
            if (stored.isPresent()) {
                orders.put(poNumber, stored.get());
                continue;
            }
            try {
                poSource.find(poNumber).ifPresent(order -> {
                    purchaseOrders.store(order);
                    orders.put(poNumber, order);
                });
            } catch (PoSource.PoSourceUnavailable e) {
                LOG.warnf("PO %s unavailable for invoice %s: %s", poNumber, record.id, e.getMessage());
                unavailable.add(poNumber);
            }
        }
        List<Receipt> receipts = poNumbers.isEmpty() ? List.of()
                : ReceiptRecord.<ReceiptRecord>list("poNumber in ?1", poNumbers).stream()
                .map(r -> new Receipt(r.receiptKey, r.poNumber, r.poLine, r.quantity, r.receivedAt)).toList();
        List<PriorBilling> prior = priorBillings(record.id, poNumbers);
        Set<String> otherNumbers = otherInvoiceNumbers(record, invoice);
        MatchContext context = new MatchContext(orders, unavailable, receipts, prior, otherNumbers, Map.of());
        MatchResult result = engine.match(invoice, context, profiles.current());
        store(record, result, cause);
        if (result.status() == MatchStatus.MATCHED) {
            // a buyer with a delivery target gets it now; the invoice is SENDING from here on, never matched again
            deliveries.enqueue(record, invoice, new OutboundInvoice.MatchInfo("MATCHED", result.expectedTotal(),
                    result.actualTotal(), record.matchRuns, null));
        }
        return result;
    }

    private List<PriorBilling> priorBillings(Long invoiceId, Set<String> poNumbers) {
        if (poNumbers.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select i.invoiceNumber, r.poNumber, r.poLine, r.consumed, r.unitPrice "
                        + "from InvoiceLineResultRecord r, InvoiceRecord i where i.id = r.invoiceId and r.poNumber in ?1 "
                        + "and r.poLine is not null and r.invoiceId < ?2 and i.status not in ('REJECTED', 'CANCELLED') order by r.invoiceId, r.invoiceLine",
                Object[].class).setParameter(1, poNumbers).setParameter(2, invoiceId).getResultList();
        List<PriorBilling> billings = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            billings.add(new PriorBilling((String) row[0], (String) row[1], (Integer) row[2], (BigDecimal) row[3],
                    (BigDecimal) row[4]));
        }
        return billings;
    }

    /**
     * The supplier's other invoice numbers that matter for this match: the credited original, if it exists. Stored
     * duplicates cannot exist (unique constraint); the pre-send check passes the full set itself.
     */
    private Set<String> otherInvoiceNumbers(InvoiceRecord record, Invoice invoice) {
        if (invoice.originalInvoiceNumber() == null) {
            return Set.of();
        }
        String original = MatchContext.normalizeInvoiceNumber(invoice.originalInvoiceNumber());
        long found = InvoiceRecord.count("supplier = ?1 and normalizedNumber = ?2 and id <> ?3 "
                        + "and status not in ('REJECTED', 'CANCELLED')",
                record.supplier, original, record.id);
        return found > 0 ? Set.of(original) : Set.of();
    }

    private void store(InvoiceRecord record, MatchResult result, String cause) {
        Instant now = Instant.now();
        record.status = result.status().name();
        record.matchRuns++;
        record.expectedTotal = result.expectedTotal();
        record.actualTotal = result.actualTotal();
        record.writtenOff = result.writtenOff();
        record.matchedAt = now;
        DecisionRecord.log(record.id, "MATCH", "system", cause, result.status().name());
        if (result.status() == MatchStatus.WAITING_FOR_PO_DATA) {
            return;     // nothing was decided: exceptions and line results stay as they were
        }
        InvoiceLineResultRecord.delete("invoiceId", record.id);
        for (LineResult line : result.lines()) {
            InvoiceLineResultRecord row = new InvoiceLineResultRecord();
            row.invoiceId = record.id;
            row.invoiceLine = line.invoiceLine();
            row.kind = line.kind().name();
            row.poNumber = line.poNumber();
            row.poLine = line.poLineNumber();
            row.consumed = line.consumed();
            row.unitPrice = line.unitPrice();
            row.allocations = line.allocations().stream()
                    .map(a -> a.receiptId() + "=" + a.quantity().toPlainString()).collect(Collectors.joining(";"));
            row.persist();
        }
        List<MatchExceptionRecord> open = MatchExceptionRecord.list("invoiceId = ?1 and state = 'OPEN'", record.id);
        Map<String, ExceptionRecord> current = new HashMap<>();
        for (ExceptionRecord exception : result.exceptions()) {
            current.put(identity(exception.code().name(), exception.invoiceLine()), exception);
        }
        for (MatchExceptionRecord stored : open) {
            ExceptionRecord still = current.remove(identity(stored.code, stored.invoiceLine));
            if (still == null) {
                stored.state = "CLEARED";
                stored.resolvedAt = now;
            } else {
                copy(still, stored);
            }
        }
        for (ExceptionRecord exception : current.values()) {
            MatchExceptionRecord row = new MatchExceptionRecord();
            row.invoiceId = record.id;
            copy(exception, row);
            row.state = "OPEN";
            row.raisedAt = now;
            row.persist();
        }
    }

    private static String identity(String code, Integer line) {
        return code + "#" + Objects.toString(line, "-");
    }

    private static void copy(ExceptionRecord from, MatchExceptionRecord to) {
        to.code = from.code().name();
        to.invoiceLine = from.invoiceLine();
        to.expected = cut(from.expected());
        to.actual = cut(from.actual());
        to.limitValue = cut(from.limit());
        to.breachAmount = from.breachAmount();
        to.detail = from.detail() == null ? null : from.detail().length() > 1000 ? from.detail().substring(0, 1000) : from.detail();
    }

    private static String cut(String value) {
        return value == null || value.length() <= 255 ? value : value.substring(0, 255);
    }

    /** Receipt allocations of a stored line result, for views. */
    public static List<Allocation> allocations(String stored) {
        List<Allocation> list = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return list;
        }
        for (String part : stored.split(";")) {
            int eq = part.lastIndexOf('=');
            list.add(new Allocation(part.substring(0, eq), new BigDecimal(part.substring(eq + 1))));
        }
        return list;
    }
}
