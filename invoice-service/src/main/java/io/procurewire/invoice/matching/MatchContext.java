package io.procurewire.invoice.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the match of one invoice reads besides the invoice: the POs it references (or the numbers whose data
 * could not be fetched right now), the receipts of their lines, what earlier invoices billed against them, the
 * supplier's other invoice numbers, and contracts.
 */
public record MatchContext(Map<String, PurchaseOrder> purchaseOrders, Set<String> unavailablePurchaseOrders,
                           List<Receipt> receipts, List<PriorBilling> priorBillings,
                           Set<String> otherInvoiceNumbers, Map<String, Contract> contracts) {

    public MatchContext {
        purchaseOrders = purchaseOrders == null ? Map.of() : purchaseOrders;
        unavailablePurchaseOrders = unavailablePurchaseOrders == null ? Set.of() : unavailablePurchaseOrders;
        receipts = receipts == null ? List.of() : receipts;
        priorBillings = priorBillings == null ? List.of() : priorBillings;
        otherInvoiceNumbers = otherInvoiceNumbers == null ? Set.of() : otherInvoiceNumbers;
        contracts = contracts == null ? Map.of() : contracts;
    }

    public static MatchContext of(List<PurchaseOrder> orders, List<Receipt> receipts) {
        Map<String, PurchaseOrder> byNumber = new HashMap<>();
        for (PurchaseOrder order : orders) {
            byNumber.put(order.poNumber(), order);
        }
        return new MatchContext(byNumber, Set.of(), receipts, List.of(), Set.of(), Map.of());
    }

    public MatchContext withPriorBillings(List<PriorBilling> billings) {
        return new MatchContext(purchaseOrders, unavailablePurchaseOrders, receipts, billings, otherInvoiceNumbers,
                contracts);
    }

    public MatchContext withOtherInvoiceNumbers(Set<String> numbers) {
        return new MatchContext(purchaseOrders, unavailablePurchaseOrders, receipts, priorBillings, numbers, contracts);
    }

    public MatchContext withUnavailable(Set<String> poNumbers) {
        return new MatchContext(purchaseOrders, poNumbers, receipts, priorBillings, otherInvoiceNumbers, contracts);
    }

    public MatchContext withContracts(Map<String, Contract> byNumber) {
        return new MatchContext(purchaseOrders, unavailablePurchaseOrders, receipts, priorBillings,
                otherInvoiceNumbers, byNumber);
    }

    /**
     * Invoice numbers are compared trimmed, upper-case and without inner spaces, dashes and slashes: "inv-001" and
     * "INV 001" are the same number to a buyer's duplicate check.
     */
    public static String normalizeInvoiceNumber(String number) {
        if (number == null) {
            return "";
        }
        StringBuilder normalized = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!Character.isWhitespace(c) && c != '/' && c != '_' && c != '-') {
                normalized.append(Character.toUpperCase(c));
            }
        }
        return normalized.toString();
    }
}
