package io.procurewire.invoice.matching;

import io.procurewire.invoice.matching.ReceiptLedger.PoLineKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Three-way match of one invoice against PO data, receipts and earlier invoices, with the buyer's tolerances.
 * Plain Java, no I/O, thread-safe: everything it reads is in its arguments. Formulas: invoice-service README.
 */
public final class MatchingEngine {

    private static final Set<Reason> WRITABLE_OFF =
            Set.of(Reason.PRICE_OVER_TOLERANCE, Reason.LINE_TOTAL_OVER_TOLERANCE, Reason.INVOICE_TOTAL_OVER_TOLERANCE);

    private final ChargeClassifier chargeClassifier;

    public MatchingEngine() {
        this(ChargeClassifier.standard());
    }

    public MatchingEngine(ChargeClassifier chargeClassifier) {
        this.chargeClassifier = chargeClassifier;
    }

    public MatchResult match(Invoice invoice, MatchContext context, ToleranceProfiles profiles) {
        Set<String> waiting = null;
        for (Invoice.Line line : invoice.lines()) {
            if (line.poNumber() != null && !context.purchaseOrders().containsKey(line.poNumber())
                    && context.unavailablePurchaseOrders().contains(line.poNumber())) {
                if (waiting == null) {
                    waiting = new TreeSet<>();
                }
                waiting.add(line.poNumber());
            }
        }
        if (waiting != null) {
            return MatchResult.waiting(waiting);
        }
        return new Run(invoice, context, profiles).match();
    }

    /** The state of one match. */
    private final class Run {
        final Invoice invoice;
        final MatchContext context;
        final ToleranceProfiles profiles;
        final String currency;
        final boolean creditNote;
        final ToleranceProfile headerProfile;
        final List<ExceptionRecord> exceptions = new ArrayList<>();
        final List<LineResult> lines = new ArrayList<>();
        final List<Charge> charges;
        final Map<PoLineKey, BigDecimal> consumed = new HashMap<>();
        final Map<PoLineKey, BigDecimal> billedByEarlierInvoices = new HashMap<>();
        final Map<PoLineKey, ReceiptLedger> receipts;
        final Set<String> checkedPurchaseOrders = new HashSet<>();
        final Set<String> currencyMismatches = new HashSet<>();
        BigDecimal goodsActual;
        BigDecimal goodsExpected;
        BigDecimal taxActual;
        BigDecimal taxExpected;
        boolean taxExpectationComplete = true;
        boolean lineTaxStated;

        Run(Invoice invoice, MatchContext context, ToleranceProfiles profiles) {
            this.invoice = invoice.purpose().isDebitNote() ? asAdditionalBilling(invoice) : invoice;
            this.context = context;
            this.profiles = profiles;
            this.currency = invoice.currency();
            this.creditNote = invoice.purpose().isCreditNote();
            this.headerProfile = profiles.resolve(invoice.buyer(), invoice.supplier(), null);
            this.charges = new ArrayList<>(invoice.charges());
            this.receipts = ReceiptLedger.index(context.receipts());
            for (PriorBilling billing : context.priorBillings()) {
                consumed.merge(new PoLineKey(billing.poNumber(), billing.poLineNumber()), billing.consumed(),
                        BigDecimal::add);
            }
            billedByEarlierInvoices.putAll(consumed);
            goodsActual = goodsExpected = taxActual = taxExpected = Money.zero(currency);
        }

        MatchResult match() {
            checkHeader();
            for (Invoice.Line line : invoice.lines()) {
                matchLine(line);
            }
            BigDecimal extras = checkCharges();
            return conclude(extras);
        }

        private void checkHeader() {
            if (context.otherInvoiceNumbers().contains(MatchContext.normalizeInvoiceNumber(invoice.invoiceNumber()))) {
                fail(Reason.DUPLICATE_INVOICE_NUMBER, null, "a new invoice number", invoice.invoiceNumber(), null, null,
                        "supplier " + invoice.supplier() + " already sent invoice " + invoice.invoiceNumber());
            }
            if (invoice.purpose().referencesOriginal()) {
                String original = invoice.originalInvoiceNumber();
                if (original == null || original.isBlank()
                        || !context.otherInvoiceNumbers().contains(MatchContext.normalizeInvoiceNumber(original))) {
                    fail(Reason.UNKNOWN_ORIGINAL_INVOICE, null, "an invoice of supplier " + invoice.supplier(),
                            original == null ? "none" : original, null, null,
                            "a " + (creditNote ? "credit" : "debit") + " note must reference an invoice the supplier sent");
                }
            }
        }

        private void matchLine(Invoice.Line line) {
            ChargeKind chargeKind = line.chargeKind();
            if (chargeKind == null && line.poNumber() == null && line.contractNumber() == null) {
                chargeKind = chargeClassifier.classify(line.description()).orElse(null);
            }
            if (chargeKind != null) {
                BigDecimal amount = lineAmount(line).abs();
                charges.add(new Charge(chargeKind, amount, line.description(), line.lineNumber()));
                lines.add(new LineResult(line.lineNumber(), LineKind.CHARGE, line.poNumber(), line.poLineNumber(),
                        BigDecimal.ZERO, line.unitPrice(), List.of(), signed(amount), signed(amount)));
                return;
            }
            if (line.poNumber() == null && line.contractNumber() != null) {
                matchContractLine(line);
                return;
            }
            if (line.poNumber() == null) {
                unmatched(line, Reason.UNKNOWN_PO, "a PO or contract reference", "none",
                        "line " + line.lineNumber() + " references no PO, no contract, and is not a charge");
                return;
            }
            PurchaseOrder order = context.purchaseOrders().get(line.poNumber());
            if (order == null || (order.supplier() != null && invoice.supplier() != null
                    && !order.supplier().equals(invoice.supplier()))) {
                unmatched(line, Reason.UNKNOWN_PO, "a PO of supplier " + invoice.supplier(), line.poNumber(),
                        order == null ? "PO " + line.poNumber() + " does not exist"
                                : "PO " + line.poNumber() + " belongs to another supplier");
                return;
            }
            checkOrderOnce(order);
            PurchaseOrder.Line poLine = line.poLineNumber() == null ? null : order.line(line.poLineNumber());
            if (poLine == null) {
                unmatched(line, Reason.UNKNOWN_PO_LINE, "a line of PO " + order.poNumber(),
                        String.valueOf(line.poLineNumber()),
                        "PO " + order.poNumber() + " has no line " + line.poLineNumber());
                return;
            }
            if (currencyMismatches.contains(order.poNumber())) {
                unmatched(line, null, null, null, null);
                return;
            }
            ToleranceProfile profile = profiles.resolve(
                    order.buyer() != null ? order.buyer() : invoice.buyer(), invoice.supplier(), poLine.commodity());
            if (profile.uomMustMatch() && !sameUom(line.uom(), poLine.uom())) {
                unmatched(line, Reason.UOM_MISMATCH, poLine.uom(), line.uom(),
                        "line " + line.lineNumber() + " is in " + line.uom() + ", PO line " + poLine.lineNumber()
                                + " in " + poLine.uom());
                return;
            }
            boolean negativeQuantity = line.quantity().signum() < 0;
            boolean negativePrice = line.unitPrice().signum() < 0;
            if (!creditNote && negativeQuantity && negativePrice) {
                unmatched(line, Reason.CREDIT_SIGNS_INVALID, "a negative quantity or a negative price",
                        "quantity " + line.quantity().toPlainString() + ", price " + line.unitPrice().toPlainString(),
                        "a credit line has a negative quantity (quantity credit) or a negative price (price credit), never both");
                return;
            }
            if (creditNote || negativeQuantity || negativePrice) {
                matchCredit(line, order, poLine, profile, negativeQuantity);
            } else {
                matchGoods(line, order, poLine, profile);
            }
        }

        private void checkOrderOnce(PurchaseOrder order) {
            if (!checkedPurchaseOrders.add(order.poNumber())) {
                return;
            }
            if (headerProfile.currencyMustMatch() && !order.currency().equalsIgnoreCase(currency)) {
                currencyMismatches.add(order.poNumber());
                fail(Reason.CURRENCY_MISMATCH, null, order.currency(), currency, null, null,
                        "PO " + order.poNumber() + " is in " + order.currency() + ", the invoice in " + currency);
            }
            if (order.orderDate() != null && invoice.invoiceDate() != null) {
                var earliest = order.orderDate().minusDays(headerProfile.backdatingDays());
                if (invoice.invoiceDate().isBefore(earliest)) {
                    fail(Reason.INVOICE_BEFORE_PO, null, order.orderDate().toString(),
                            invoice.invoiceDate().toString(), earliest.toString(), null,
                            "the invoice is dated before PO " + order.poNumber());
                }
            }
        }

        private void matchGoods(Invoice.Line line, PurchaseOrder order, PurchaseOrder.Line poLine,
                                ToleranceProfile profile) {
            int n = line.lineNumber();
            BigDecimal quantity = line.quantity();
            BigDecimal price = line.unitPrice();
            BigDecimal poPrice = poLine.unitPrice();
            checkPrice(n, quantity, price, poPrice, profile);

            PoLineKey key = new PoLineKey(order.poNumber(), poLine.lineNumber());
            BigDecimal prior = consumed.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal cumulative = prior.add(quantity);
            // Over-billed = this invoice's own quantity for the PO line would fit, what earlier invoices billed does not.
            BigDecimal earlier = billedByEarlierInvoices.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal ownQuantity = cumulative.subtract(earlier);
            boolean overBilled = false;

            BigDecimal ordered = poLine.quantity();
            BigDecimal orderedAllowance = profile.quantityOverOrdered().allowance(ordered);
            if (orderedAllowance != null) {
                BigDecimal limit = ordered.add(orderedAllowance);
                if (cumulative.compareTo(limit) > 0) {
                    overBilled = earlier.signum() > 0 && ownQuantity.compareTo(limit) <= 0;
                    fail(overBilled ? Reason.OVER_BILLED : Reason.QUANTITY_OVER_ORDERED, n, plain(ordered),
                            plain(cumulative), plain(limit), money(cumulative.subtract(limit).multiply(poPrice)),
                            overBilled ? "earlier invoices billed " + plain(earlier) + " of the " + plain(ordered) + " ordered"
                                    : "invoiced " + plain(cumulative) + " in total against " + plain(ordered) + " ordered");
                }
            }
            ReceiptLedger ledger = receipts.getOrDefault(key, ReceiptLedger.EMPTY);
            BigDecimal received = ledger.net();
            BigDecimal receivedAllowance = profile.quantityOverReceived().allowance(received);
            if (receivedAllowance != null) {
                BigDecimal limit = received.add(receivedAllowance);
                if (cumulative.compareTo(limit) > 0) {
                    boolean earlierConsumedIt = earlier.signum() > 0 && ownQuantity.compareTo(limit) <= 0;
                    if (!(earlierConsumedIt && overBilled)) {
                        fail(earlierConsumedIt ? Reason.OVER_BILLED : Reason.QUANTITY_NOT_RECEIVED, n, plain(received),
                                plain(cumulative), plain(limit), money(cumulative.subtract(limit).multiply(poPrice)),
                                earlierConsumedIt
                                        ? "earlier invoices already consumed " + plain(earlier) + " of the " + plain(received) + " received"
                                        : "invoiced " + plain(cumulative) + " in total, received " + plain(received));
                    }
                }
            }
            List<Allocation> allocations = ledger.allocate(prior, quantity);
            consumed.put(key, cumulative);

            BigDecimal actual = lineAmount(line);
            BigDecimal expected = money(quantity.multiply(poPrice));
            BigDecimal lineAllowance = profile.lineTotalOver().allowance(expected);
            if (lineAllowance != null && actual.subtract(expected).compareTo(lineAllowance) > 0) {
                BigDecimal limit = expected.add(lineAllowance);
                fail(Reason.LINE_TOTAL_OVER_TOLERANCE, n, expected.toPlainString(), actual.toPlainString(),
                        plain(limit), money(actual.subtract(limit)), "line amount above quantity × PO price");
            }
            checkTax(line, poLine.taxRate(), actual, profile);
            goodsActual = goodsActual.add(actual);
            goodsExpected = goodsExpected.add(expected);
            lines.add(new LineResult(n, LineKind.PO_GOODS, order.poNumber(), poLine.lineNumber(), quantity, price,
                    allocations, expected, actual));
        }

        private void checkPrice(int n, BigDecimal quantity, BigDecimal price, BigDecimal expectedPrice,
                                ToleranceProfile profile) {
            BigDecimal over = profile.priceOver().allowance(expectedPrice);
            if (over != null && price.compareTo(expectedPrice.add(over)) > 0) {
                BigDecimal limit = expectedPrice.add(over);
                fail(Reason.PRICE_OVER_TOLERANCE, n, plain(expectedPrice), plain(price), plain(limit),
                        money(price.subtract(limit).multiply(quantity.abs())),
                        "unit price " + plain(price) + " above the accepted " + plain(limit));
            }
            BigDecimal under = profile.priceUnder().allowance(expectedPrice);
            if (under != null && price.compareTo(expectedPrice.subtract(under)) < 0) {
                BigDecimal limit = expectedPrice.subtract(under);
                fail(Reason.PRICE_UNDER_TOLERANCE, n, plain(expectedPrice), plain(price), plain(limit),
                        money(limit.subtract(price).multiply(quantity.abs())),
                        "unit price " + plain(price) + " below the accepted " + plain(limit));
            }
        }

        private void checkTax(Invoice.Line line, BigDecimal expectedRate, BigDecimal lineAmount,
                              ToleranceProfile profile) {
            if (line.taxAmount() != null) {
                taxActual = taxActual.add(money(line.taxAmount()));
                lineTaxStated = true;
            }
            if (expectedRate == null) {
                taxExpectationComplete = false;
                return;
            }
            BigDecimal expectedTax = money(lineAmount.multiply(expectedRate).movePointLeft(2));
            taxExpected = taxExpected.add(expectedTax);
            if (line.taxRate() != null && profile.taxRatePoints() != null) {
                BigDecimal difference = line.taxRate().subtract(expectedRate).abs();
                if (difference.compareTo(profile.taxRatePoints()) > 0) {
                    fail(Reason.TAX_MISMATCH, line.lineNumber(), plain(expectedRate) + "%", plain(line.taxRate()) + "%",
                            "±" + plain(profile.taxRatePoints()) + " points",
                            money(difference.multiply(lineAmount.abs()).movePointLeft(2)), "tax rate differs");
                }
            }
            if (line.taxAmount() != null) {
                compareTax(line.lineNumber(), expectedTax, money(line.taxAmount()), profile);
            }
        }

        private void compareTax(Integer n, BigDecimal expectedTax, BigDecimal actualTax, ToleranceProfile profile) {
            BigDecimal allowance = profile.taxAmount().allowance(expectedTax);
            BigDecimal difference = actualTax.subtract(expectedTax).abs();
            if (allowance != null && difference.compareTo(allowance) > 0) {
                fail(Reason.TAX_MISMATCH, n, expectedTax.toPlainString(), actualTax.toPlainString(),
                        "±" + plain(allowance), money(difference.subtract(allowance)), "tax amount differs");
            }
        }

        private void matchCredit(Invoice.Line line, PurchaseOrder order, PurchaseOrder.Line poLine,
                                 ToleranceProfile profile, boolean negativeQuantity) {
            int n = line.lineNumber();
            BigDecimal quantity = line.quantity().abs();
            BigDecimal price = line.unitPrice().abs();
            PoLineKey key = new PoLineKey(order.poNumber(), poLine.lineNumber());
            BigDecimal billed = consumed.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal originalPrice = originalPrice(key, poLine.unitPrice());
            boolean quantityCredit = creditNote ? price.compareTo(originalPrice) >= 0 : negativeQuantity;
            if (price.compareTo(originalPrice) > 0) {
                fail(Reason.CREDIT_PRICE_ABOVE_ORIGINAL, n, plain(originalPrice), plain(price), plain(originalPrice),
                        money(price.subtract(originalPrice).multiply(quantity)),
                        "credited at a higher unit price than was invoiced");
            }
            if (quantity.compareTo(billed) > 0) {
                fail(Reason.CREDIT_EXCEEDS_INVOICED, n, plain(billed), plain(quantity), plain(billed),
                        money(quantity.subtract(billed.max(BigDecimal.ZERO)).multiply(price)),
                        "credits more than the net quantity invoiced on PO line " + poLine.lineNumber());
            }
            BigDecimal consumedDelta = quantityCredit ? quantity.negate() : BigDecimal.ZERO;
            consumed.put(key, billed.add(consumedDelta));
            BigDecimal amount = line.amount() != null ? money(line.amount().abs()) : money(quantity.multiply(price));
            BigDecimal signedAmount = amount.negate();
            if (line.taxAmount() != null || poLine.taxRate() != null) {
                Invoice.Line signedTax = line.taxAmount() == null ? line
                        : line.withTax(line.taxAmount().abs().negate().toPlainString(),
                        line.taxRate() == null ? null : line.taxRate().toPlainString());
                checkTax(signedTax, poLine.taxRate(), signedAmount, profile);
            }
            goodsActual = goodsActual.add(signedAmount);
            goodsExpected = goodsExpected.add(signedAmount);
            lines.add(new LineResult(n, quantityCredit ? LineKind.QUANTITY_CREDIT : LineKind.PRICE_CREDIT,
                    order.poNumber(), poLine.lineNumber(), consumedDelta, price, List.of(), signedAmount, signedAmount));
        }

        /** The unit price the credited invoice billed for the PO line, else the latest billed price, else the PO's. */
        private BigDecimal originalPrice(PoLineKey key, BigDecimal poPrice) {
            String original = invoice.originalInvoiceNumber() == null ? null
                    : MatchContext.normalizeInvoiceNumber(invoice.originalInvoiceNumber());
            BigDecimal latest = null;
            for (PriorBilling billing : context.priorBillings()) {
                if (billing.poLineNumber() != key.lineNumber() || !billing.poNumber().equals(key.poNumber())
                        || billing.consumed().signum() <= 0) {
                    continue;
                }
                if (original != null && original.equals(MatchContext.normalizeInvoiceNumber(billing.invoiceNumber()))) {
                    return billing.unitPrice();
                }
                latest = billing.unitPrice();
            }
            return latest != null ? latest : poPrice;
        }

        private void matchContractLine(Invoice.Line line) {
            int n = line.lineNumber();
            Contract contract = context.contracts().get(line.contractNumber());
            BigDecimal contractPrice = contract == null ? null : contract.pricesByPart().get(line.partNumber());
            String problem = contract == null ? "contract " + line.contractNumber() + " does not exist"
                    : !contract.supplier().equals(invoice.supplier()) ? "contract " + line.contractNumber() + " belongs to another supplier"
                    : invoice.invoiceDate() != null && !contract.validOn(invoice.invoiceDate()) ? "contract " + line.contractNumber() + " is not valid on " + invoice.invoiceDate()
                    : contractPrice == null ? "contract " + line.contractNumber() + " has no price for part " + line.partNumber()
                    : null;
            if (problem != null) {
                unmatched(line, Reason.UNKNOWN_CONTRACT, "a valid contract of supplier " + invoice.supplier(),
                        line.contractNumber() + (line.partNumber() == null ? "" : " / " + line.partNumber()), problem);
                return;
            }
            if (headerProfile.currencyMustMatch() && !contract.currency().equalsIgnoreCase(currency)) {
                unmatched(line, Reason.CURRENCY_MISMATCH, contract.currency(), currency,
                        "contract " + contract.contractNumber() + " is in " + contract.currency());
                return;
            }
            checkPrice(n, line.quantity(), line.unitPrice(), contractPrice, headerProfile);
            BigDecimal actual = lineAmount(line);
            BigDecimal expected = money(line.quantity().multiply(contractPrice));
            if (line.taxAmount() != null) {
                taxActual = taxActual.add(money(line.taxAmount()));
                lineTaxStated = true;
            }
            taxExpectationComplete = false;
            goodsActual = goodsActual.add(actual);
            goodsExpected = goodsExpected.add(expected);
            lines.add(new LineResult(n, LineKind.CONTRACT, null, null, BigDecimal.ZERO, line.unitPrice(), List.of(),
                    expected, actual));
        }

        /** Extras and discounts by kind; answers their signed sum for the totals. */
        private BigDecimal checkCharges() {
            Map<ChargeKind, BigDecimal> totals = new EnumMap<>(ChargeKind.class);
            for (Charge charge : charges) {
                totals.merge(charge.kind(), money(charge.amount()), BigDecimal::add);
            }
            BigDecimal sum = Money.zero(currency);
            for (Map.Entry<ChargeKind, BigDecimal> entry : totals.entrySet()) {
                BigDecimal total = entry.getValue();
                sum = entry.getKey() == ChargeKind.DISCOUNT ? sum.subtract(total) : sum.add(total);
                if (creditNote || total.signum() == 0) {
                    continue;   // refunded charges on a credit note are in the buyer's favour
                }
                ChargeKind kind = entry.getKey();
                ExtraRule rule = switch (kind) {
                    case SHIPPING -> headerProfile.shipping();
                    case HANDLING -> headerProfile.handling();
                    case MISC -> headerProfile.misc();
                    case DISCOUNT -> headerProfile.discount();
                };
                boolean discount = kind == ChargeKind.DISCOUNT;
                String name = kind.name().toLowerCase(java.util.Locale.ROOT);
                if (!rule.allowed()) {
                    for (Charge charge : charges) {
                        if (charge.kind() == kind) {
                            fail(discount ? Reason.DISCOUNT_NOT_PERMITTED : Reason.EXTRAS_NOT_PERMITTED,
                                    charge.invoiceLine(), "no " + name, money(charge.amount()).toPlainString(), "0",
                                    money(charge.amount()),
                                    (discount ? "discounts are" : "extra " + name + " charges are") + " not permitted"
                                            + (charge.description() == null ? "" : ": " + charge.description()));
                        }
                    }
                    continue;
                }
                BigDecimal allowance = rule.limit().allowance(goodsActual);
                if (allowance != null && total.compareTo(allowance) > 0) {
                    BigDecimal limit = money(allowance);
                    fail(discount ? Reason.DISCOUNT_OVER_TOLERANCE : Reason.EXTRAS_OVER_TOLERANCE, null,
                            "at most " + limit.toPlainString(), total.toPlainString(), limit.toPlainString(),
                            total.subtract(limit), name + " above the accepted share of the goods subtotal");
                }
            }
            return creditNote ? sum.abs().negate() : sum;
        }

        private MatchResult conclude(BigDecimal extras) {
            BigDecimal tax = taxActual;
            if (invoice.headerTax() != null) {
                BigDecimal headerTax = money(creditNote ? invoice.headerTax().abs().negate() : invoice.headerTax());
                tax = tax.add(headerTax);
                if (!lineTaxStated && taxExpectationComplete && !lines.isEmpty()) {
                    compareTax(null, taxExpected, headerTax, headerProfile);
                }
            }
            BigDecimal expectedTax = taxExpectationComplete && lineTaxOrHeaderTaxStated() ? taxExpected : tax;
            BigDecimal computed = goodsActual.add(tax).add(extras);
            BigDecimal expectedTotal = goodsExpected.add(expectedTax).add(extras);
            BigDecimal actualTotal = invoice.statedTotal() == null ? computed
                    : money(creditNote ? invoice.statedTotal().abs().negate() : invoice.statedTotal());
            BigDecimal variance = actualTotal.subtract(expectedTotal);
            BigDecimal totalAllowance = headerProfile.invoiceTotalOver().allowance(expectedTotal);
            if (totalAllowance != null && variance.compareTo(totalAllowance) > 0) {
                BigDecimal limit = expectedTotal.add(totalAllowance);
                fail(Reason.INVOICE_TOTAL_OVER_TOLERANCE, null, expectedTotal.toPlainString(),
                        actualTotal.toPlainString(), plain(limit), money(actualTotal.subtract(limit)),
                        "invoice total above the expected total");
            }
            BigDecimal writtenOff = Money.zero(currency);
            BigDecimal writeOff = headerProfile.writeOff();
            if (writeOff.signum() > 0 && variance.signum() > 0 && variance.compareTo(writeOff) <= 0) {
                // Each waived breach must itself be small: offsetting errors (one line far over, another under)
                // can make a small total variance and are not written off.
                boolean eachSmall = true;
                for (ExceptionRecord record : exceptions) {
                    if (WRITABLE_OFF.contains(record.code()) && record.breachAmount().compareTo(writeOff) > 0) {
                        eachSmall = false;
                    }
                }
                if (eachSmall) {
                    exceptions.removeIf(record -> WRITABLE_OFF.contains(record.code()));
                    writtenOff = variance;
                }
            }
            MatchStatus status = exceptions.isEmpty() ? MatchStatus.MATCHED : MatchStatus.EXCEPTION;
            return new MatchResult(status, List.copyOf(exceptions), List.copyOf(lines), expectedTotal, actualTotal,
                    writtenOff, Set.of());
        }

        private boolean lineTaxOrHeaderTaxStated() {
            return lineTaxStated || invoice.headerTax() != null;
        }

        private void unmatched(Invoice.Line line, Reason reason, String expected, String actual, String detail) {
            if (reason != null) {
                fail(reason, line.lineNumber(), expected, actual, null, null, detail);
            }
            BigDecimal amount = lineAmount(line);
            if (creditNote) {
                amount = amount.abs().negate();
            }
            if (line.taxAmount() != null) {
                taxActual = taxActual.add(money(line.taxAmount()));
                lineTaxStated = true;
            }
            taxExpectationComplete = false;
            goodsActual = goodsActual.add(amount);
            goodsExpected = goodsExpected.add(amount);
            lines.add(new LineResult(line.lineNumber(), LineKind.UNMATCHED, line.poNumber(), line.poLineNumber(),
                    BigDecimal.ZERO, line.unitPrice(), List.of(), amount, amount));
        }

        private BigDecimal lineAmount(Invoice.Line line) {
            return line.amount() != null ? money(line.amount()) : money(line.quantity().multiply(line.unitPrice()));
        }

        private BigDecimal signed(BigDecimal amount) {
            return creditNote ? amount.negate() : amount;
        }

        private BigDecimal money(BigDecimal amount) {
            return Money.round(amount, currency);
        }

        private void fail(Reason reason, Integer line, String expected, String actual, String limit,
                          BigDecimal breach, String detail) {
            exceptions.add(new ExceptionRecord(reason, line, expected, actual, limit, breach, detail));
        }
    }

    private static boolean sameUom(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * A debit note bills more on an earlier invoice: signs are ignored (some systems send the increase negative) and
     * each line is matched as invoiced goods, so its quantity counts against ordered and received after everything
     * billed before (over-billing reasons apply) and its price against the PO price.
     */
    static Invoice asAdditionalBilling(Invoice debit) {
        List<Invoice.Line> lines = new ArrayList<>(debit.lines().size());
        for (Invoice.Line l : debit.lines()) {
            lines.add(new Invoice.Line(l.lineNumber(), l.poNumber(), l.poLineNumber(), l.contractNumber(), l.partNumber(),
                    l.description(), abs(l.quantity()), abs(l.unitPrice()), l.uom(), abs(l.amount()), abs(l.taxAmount()),
                    l.taxRate(), l.chargeKind()));
        }
        List<Charge> charges = new ArrayList<>(debit.charges().size());
        for (Charge c : debit.charges()) {
            charges.add(new Charge(c.kind(), abs(c.amount()), c.description(), c.invoiceLine()));
        }
        return new Invoice(debit.supplier(), debit.buyer(), debit.invoiceNumber(), debit.invoiceDate(), debit.currency(),
                debit.purpose(), debit.originalInvoiceNumber(), lines, charges, abs(debit.headerTax()),
                abs(debit.statedTotal()));
    }

    private static BigDecimal abs(BigDecimal value) {
        return value == null ? null : value.abs();
    }
}
