package io.procurewire.invoice.review.page;

import io.procurewire.invoice.intake.InvoicePoRecord;
import io.procurewire.invoice.intake.InvoiceRecord;
import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.matching.PurchaseOrder;
import io.procurewire.invoice.matching.Reason;
import io.procurewire.invoice.po.PurchaseOrders;
import io.procurewire.invoice.receipt.ReceiptRecord;
import io.procurewire.invoice.rematch.MatchRunner;
import io.procurewire.invoice.review.DecisionRecord;
import io.procurewire.invoice.review.MatchExceptionRecord;
import io.procurewire.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What the exceptions pages show, read in one transaction per page. */
@ApplicationScoped
public class ExceptionViews {

    /** One row of the queue. */
    public record QueueRow(long id, String supplier, String buyer, String invoiceNumber, LocalDate invoiceDate,
                           String currency, BigDecimal actualTotal, Instant receivedAt, List<String> reasons,
                           BigDecimal breachTotal) {
    }

    public record Queue(List<QueueRow> rows, List<String> reasons, List<String> buyers, String reason, String buyer) {
    }

    public record Breach(long id, String code, Integer invoiceLine, String expected, String actual, String limit,
                         BigDecimal breachAmount, String detail, String state, Instant raisedAt, Instant resolvedAt) {
        public boolean open() {
            return "OPEN".equals(state);
        }
    }

    /**
     * One invoice line beside its PO line and what was received for it. The {@code *Breach} flags say which cells
     * an open exception concerns (highlighted).
     */
    public record Comparison(int invoiceLine, String poNumber, Integer poLine, BigDecimal ordered, BigDecimal poPrice,
                             String poUom, BigDecimal received, String receiptKeys, String description,
                             BigDecimal quantity, BigDecimal unitPrice, String uom, BigDecimal amount,
                             BigDecimal taxAmount, List<String> codes, boolean priceBreach, boolean orderedBreach,
                             boolean receivedBreach, boolean uomBreach, boolean amountBreach, boolean taxBreach) {
        public boolean breach() {
            return !codes.isEmpty();
        }
    }

    public record PoLine(int lineNumber, BigDecimal quantity, BigDecimal unitPrice, String uom, String commodity,
                         BigDecimal taxRate) {
    }

    public record Po(String poNumber, String supplier, String currency, LocalDate orderDate, boolean known,
                     List<PoLine> lines) {
    }

    public record ReceiptRow(String key, String poNumber, int poLine, BigDecimal quantity, Instant receivedAt,
                             String source) {
    }

    public record AuditRow(String action, String actor, String reason, String outcome, Instant decidedAt) {
    }

    public record Detail(long id, String supplier, String buyer, String invoiceNumber, LocalDate invoiceDate,
                         String currency, String purpose, int revision, String status, BigDecimal expectedTotal,
                         BigDecimal actualTotal, List<Po> orders, List<ReceiptRow> receipts,
                         List<Comparison> comparison, List<Breach> breaches, List<Breach> headerBreaches,
                         List<AuditRow> audit) {
        public boolean decidable() {
            return "EXCEPTION".equals(status);
        }
    }

    private final MatchRunner runner;
    private final PurchaseOrders purchaseOrders;

    public ExceptionViews(MatchRunner runner, PurchaseOrders purchaseOrders) {
        this.runner = runner;
        this.purchaseOrders = purchaseOrders;
    }

    @Transactional
    public Queue queue(String reason, String buyer) {
        String r = blankToNull(reason);
        String b = blankToNull(buyer);
        List<InvoiceRecord> invoices = InvoiceRecord.list("status = 'EXCEPTION' order by receivedAt, id");
        Map<Long, List<MatchExceptionRecord>> open = MatchExceptionRecord.<MatchExceptionRecord>list(
                        "state = 'OPEN' and invoiceId in (select i.id from InvoiceRecord i where i.status = 'EXCEPTION') order by id")
                .stream().collect(Collectors.groupingBy(e -> e.invoiceId, LinkedHashMap::new, Collectors.toList()));
        Set<String> buyers = new TreeSet<>();
        List<QueueRow> rows = new ArrayList<>();
        for (InvoiceRecord invoice : invoices) {
            if (invoice.buyer != null) {
                buyers.add(invoice.buyer);
            }
            List<MatchExceptionRecord> exceptions = open.getOrDefault(invoice.id, List.of());
            List<String> codes = exceptions.stream().map(e -> e.code).distinct().toList();
            if (r != null && !codes.contains(r) || b != null && !b.equals(invoice.buyer)) {
                continue;
            }
            BigDecimal breach = exceptions.stream().map(e -> e.breachAmount).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(new QueueRow(invoice.id, invoice.supplier, invoice.buyer, invoice.invoiceNumber,
                    invoice.invoiceDate, invoice.currency, invoice.actualTotal, invoice.receivedAt, codes, breach));
        }
        List<String> reasons = Arrays.stream(Reason.values()).map(Enum::name).toList();
        return new Queue(rows, reasons, List.copyOf(buyers), r, b);
    }

    @Transactional
    public Detail detail(long id) {
        InvoiceRecord record = InvoiceRecord.findById(id);
        if (record == null) {
            throw ProblemException.notFound("invoice", id);
        }
        Invoice invoice = runner.document(record);
        Set<String> poNumbers = new LinkedHashSet<>();
        invoice.lines().forEach(l -> {
            if (l.poNumber() != null) {
                poNumbers.add(l.poNumber());
            }
        });
        InvoicePoRecord.<InvoicePoRecord>list("invoiceId", id).forEach(p -> poNumbers.add(p.poNumber));
        Map<String, PurchaseOrder> stored = new LinkedHashMap<>();
        List<Po> orders = new ArrayList<>();
        for (String poNumber : poNumbers) {
            var order = purchaseOrders.stored(poNumber);
            order.ifPresent(o -> stored.put(poNumber, o));
            orders.add(order.map(o -> new Po(o.poNumber(), o.supplier(), o.currency(), o.orderDate(), true,
                            o.lines().stream().map(l -> new PoLine(l.lineNumber(), l.quantity(), l.unitPrice(), l.uom(),
                                    l.commodity(), l.taxRate())).toList()))
                    .orElse(new Po(poNumber, null, null, null, false, List.of())));
        }
        List<ReceiptRow> receipts = poNumbers.isEmpty() ? List.of()
                : ReceiptRecord.<ReceiptRecord>list("poNumber in ?1 order by poNumber, poLine, receivedAt, id", poNumbers)
                .stream().map(r -> new ReceiptRow(r.receiptKey, r.poNumber, r.poLine, r.quantity, r.receivedAt, r.source))
                .toList();
        List<Breach> breaches = MatchExceptionRecord.<MatchExceptionRecord>list("invoiceId = ?1 order by id", id).stream()
                .map(e -> new Breach(e.id, e.code, e.invoiceLine, e.expected, e.actual, e.limitValue, e.breachAmount,
                        e.detail, e.state, e.raisedAt, e.resolvedAt)).toList();
        List<Comparison> comparison = new ArrayList<>();
        for (Invoice.Line line : invoice.lines()) {
            List<String> codes = breaches.stream().filter(b -> b.open() && Objects.equals(b.invoiceLine(), line.lineNumber()))
                    .map(Breach::code).distinct().toList();
            PurchaseOrder.Line poLine = null;
            if (line.poNumber() != null && line.poLineNumber() != null && stored.containsKey(line.poNumber())) {
                poLine = stored.get(line.poNumber()).lines().stream()
                        .filter(l -> l.lineNumber() == line.poLineNumber()).findFirst().orElse(null);
            }
            BigDecimal received = null;
            String keys = "";
            if (line.poNumber() != null && line.poLineNumber() != null) {
                List<ReceiptRow> forLine = receipts.stream().filter(r -> r.poNumber().equals(line.poNumber())
                        && r.poLine() == line.poLineNumber()).toList();
                received = forLine.stream().map(ReceiptRow::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                keys = forLine.stream().map(ReceiptRow::key).collect(Collectors.joining(", "));
            }
            comparison.add(new Comparison(line.lineNumber(), line.poNumber(), line.poLineNumber(),
                    poLine == null ? null : poLine.quantity(), poLine == null ? null : poLine.unitPrice(),
                    poLine == null ? null : poLine.uom(), received, keys, line.description(), line.quantity(),
                    line.unitPrice(), line.uom(), line.amount(), line.taxAmount(), codes,
                    codes.stream().anyMatch(c -> c.startsWith("PRICE_")),
                    codes.contains("QUANTITY_OVER_ORDERED"),
                    codes.contains("QUANTITY_NOT_RECEIVED") || codes.contains("OVER_BILLED"),
                    codes.contains("UOM_MISMATCH"),
                    codes.contains("LINE_TOTAL_OVER_TOLERANCE"),
                    codes.contains("TAX_MISMATCH")));
        }
        List<Breach> header = breaches.stream().filter(b -> b.invoiceLine() == null).toList();
        List<AuditRow> audit = DecisionRecord.<DecisionRecord>list("invoiceId = ?1 order by id", id).stream()
                .map(d -> new AuditRow(d.action, d.actor, d.reason, d.outcome, d.decidedAt)).toList();
        return new Detail(record.id, record.supplier, record.buyer, record.invoiceNumber, record.invoiceDate,
                record.currency, record.purpose, record.revision, record.status, record.expectedTotal, record.actualTotal, orders,
                receipts, comparison, breaches, header, audit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
