package io.procurewire.invoice.bench;

import io.procurewire.invoice.matching.Charge;
import io.procurewire.invoice.matching.ChargeKind;
import io.procurewire.invoice.matching.ExtraRule;
import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.matching.Limit;
import io.procurewire.invoice.matching.MatchContext;
import io.procurewire.invoice.matching.MatchResult;
import io.procurewire.invoice.matching.MatchingEngine;
import io.procurewire.invoice.matching.Money;
import io.procurewire.invoice.matching.PriorBilling;
import io.procurewire.invoice.matching.Purpose;
import io.procurewire.invoice.matching.PurchaseOrder;
import io.procurewire.invoice.matching.Receipt;
import io.procurewire.invoice.matching.ToleranceProfile;
import io.procurewire.invoice.matching.ToleranceProfiles;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Benchmark of the matching engine alone (not a test): 100,000 invoice lines (20,000 invoices of 5 lines, each PO line
 * with two partial receipts, every third line with an earlier partial invoice, a mix of exact, tolerated and breaching
 * prices, line tax, shipping), matched on one thread. The same-run ceiling is the arithmetic every match must do at
 * least: quantity × price rounded to the currency for each line, summed per invoice. Prints lines per second for both
 * and the ratio. Run: see the README (Benchmark).
 */
public final class MatchingBenchmark {

    static final int INVOICES = 20_000;
    static final int LINES_PER_INVOICE = 5;

    private MatchingBenchmark() {
    }

    record Case(Invoice invoice, MatchContext context) {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Case> cases = build(INVOICES);
        ToleranceProfiles profiles = new ToleranceProfiles(List.of(
                ToleranceProfile.builder().scope("ACME", null, null).priceOver(Limit.of("2", "0.50"))
                        .quantityOverReceived(Limit.percent("5")).shipping(ExtraRule.upTo(Limit.percent("10")))
                        .taxAmount(Limit.amount("0.01")).writeOff("0.05").build(),
                ToleranceProfile.builder().scope("ACME", "SUP-1", "paper").priceOver(Limit.percent("5")).build()),
                ToleranceProfile.strict());
        MatchingEngine engine = new MatchingEngine();
        long lines = (long) INVOICES * LINES_PER_INVOICE;

        double bestCeiling = 0;
        double bestEngine = 0;
        long matched = 0;
        for (int round = 0; round < rounds + 2; round++) {        // the first two rounds warm up the JIT
            long start = System.nanoTime();
            BigDecimal sink = BigDecimal.ZERO;
            for (Case c : cases) {
                BigDecimal total = BigDecimal.ZERO;
                for (Invoice.Line line : c.invoice().lines()) {
                    total = total.add(Money.round(line.quantity().multiply(line.unitPrice()), "USD"));
                }
                sink = sink.add(total);
            }
            double ceiling = lines / ((System.nanoTime() - start) / 1e9);

            start = System.nanoTime();
            long matchedThisRound = 0;
            for (Case c : cases) {
                MatchResult result = engine.match(c.invoice(), c.context(), profiles);
                if (result.matched()) {
                    matchedThisRound++;
                }
            }
            double rate = lines / ((System.nanoTime() - start) / 1e9);
            if (round >= 2) {
                bestCeiling = Math.max(bestCeiling, ceiling);
                bestEngine = Math.max(bestEngine, rate);
                matched = matchedThisRound;
            }
            if (sink.signum() < 0) {
                System.out.println("impossible");
            }
        }
        System.out.printf("invoice lines per round: %,d (%,d invoices, %,d matched, %,d with exceptions)%n",
                lines, INVOICES, matched, INVOICES - matched);
        System.out.printf("ceiling  (q x p rounded, summed):   %,12.0f lines/s%n", bestCeiling);
        System.out.printf("engine   (three-way match):         %,12.0f lines/s  = %.1f %% of the ceiling%n",
                bestEngine, 100 * bestEngine / bestCeiling);
        System.out.printf("JVM: %s, %d available processors, best of %d rounds, one thread%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), rounds);
    }

    /** The benchmark's invoices, each with its PO, two partial receipts per line and earlier billings. */
    static List<Case> build(int invoices) {
        List<Case> cases = new ArrayList<>(invoices);
        Instant t0 = Instant.parse("2026-11-05T08:00:00Z");
        for (int i = 0; i < invoices; i++) {
            String poNumber = "PO-" + (100_000 + i);
            List<PurchaseOrder.Line> poLines = new ArrayList<>();
            List<Receipt> receipts = new ArrayList<>();
            List<Invoice.Line> lines = new ArrayList<>();
            List<PriorBilling> prior = new ArrayList<>();
            for (int n = 1; n <= LINES_PER_INVOICE; n++) {
                BigDecimal price = BigDecimal.valueOf(100 + (i * 7 + n * 13) % 5000, 2);
                BigDecimal ordered = BigDecimal.valueOf(10 + n);
                poLines.add(new PurchaseOrder.Line(n, ordered, price, "EA", n % 2 == 0 ? "paper" : "toner",
                        new BigDecimal("8.25")));
                receipts.add(new Receipt("R" + i + "-" + n + "a", poNumber, n, BigDecimal.valueOf(6), t0));
                receipts.add(new Receipt("R" + i + "-" + n + "b", poNumber, n, ordered.subtract(BigDecimal.valueOf(6)),
                        t0.plusSeconds(3600)));
                BigDecimal quantity = ordered;
                if (n % 3 == 0) {
                    prior.add(new PriorBilling("EARLIER-" + i, poNumber, n, BigDecimal.valueOf(4), price));
                    quantity = ordered.subtract(BigDecimal.valueOf(4));
                }
                BigDecimal invoicedPrice = switch ((i + n) % 10) {
                    case 0 -> price.add(new BigDecimal("0.01"));    // within tolerance
                    case 1 -> price.multiply(new BigDecimal("1.10")).setScale(2, java.math.RoundingMode.HALF_UP); // breach
                    default -> price;
                };
                BigDecimal amount = Money.round(quantity.multiply(invoicedPrice), "USD");
                BigDecimal tax = Money.round(amount.multiply(new BigDecimal("0.0825")), "USD");
                lines.add(new Invoice.Line(n, poNumber, n, null, null, null, quantity, invoicedPrice, "EA", null, tax,
                        new BigDecimal("8.25"), null));
            }
            PurchaseOrder order = new PurchaseOrder(poNumber, "ACME", "SUP-1", "USD", LocalDate.parse("2026-11-01"),
                    poLines);
            Invoice invoice = new Invoice("SUP-1", "ACME", "INV-" + i, LocalDate.parse("2026-11-20"), "USD",
                    Purpose.STANDARD, null, lines, List.of(Charge.header(ChargeKind.SHIPPING, "4.95")), null, null);
            MatchContext context = new MatchContext(Map.of(poNumber, order), Set.of(), receipts, prior,
                    Set.of("EARLIER" + i), Map.of());
            cases.add(new Case(invoice, context));
        }
        return cases;
    }
}
