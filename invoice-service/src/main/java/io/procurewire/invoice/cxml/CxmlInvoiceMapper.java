package io.procurewire.invoice.cxml;

import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.model.InvoiceDetailItem;
import io.procurewire.cxml.model.InvoiceDetailOrder;
import io.procurewire.cxml.model.InvoiceDetailOrderInfo;
import io.procurewire.cxml.model.InvoiceDetailRequest;
import io.procurewire.cxml.model.InvoiceDetailRequestHeader;
import io.procurewire.cxml.model.InvoiceDetailSummary;
import io.procurewire.cxml.model.Money;
import io.procurewire.cxml.model.MoneyAmount;
import io.procurewire.cxml.model.TaxDetail;
import io.procurewire.invoice.matching.Charge;
import io.procurewire.invoice.matching.ChargeKind;
import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.matching.Purpose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * cXML InvoiceDetailRequest to the matching model. Purposes standard, creditMemo, lineLevelCreditMemo, debitMemo and
 * lineLevelDebitMemo (the memos reference the original by InvoiceIDInfo or DocumentReference); per line:
 * the PO (OrderReference or OrderIDInfo orderID) and PO line (InvoiceDetailItemReference@lineNumber), or the contract
 * (MasterAgreementIDInfo@agreementID) and part; quantity, unit price, UoM, SubtotalAmount, line Tax (amount and the
 * first TaxDetail's percentageRate), line shipping, special handling and discount as line charges. Summary shipping,
 * special handling and discount become header charges for what the lines do not already carry; the summary Tax is
 * the header tax when no line states tax; NetAmount (else DueAmount) is the stated total.
 * A document that cannot be taken throws {@link Refused} with the cXML status to answer.
 */
public final class CxmlInvoiceMapper {

    /** The document is refused: {@code code} is the cXML status (400 malformed, 406 not acceptable). */
    public static final class Refused extends RuntimeException {
        public final int code;

        public Refused(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    private CxmlInvoiceMapper() {
    }

    /**
     * @param originalByPayloadId the stored invoice number of a payloadID (a credit memo's DocumentReference), if known
     */
    public static Invoice toInvoice(InvoiceDetailRequest request, String supplier, String buyer,
                                    Function<String, Optional<String>> originalByPayloadId) {
        InvoiceDetailRequestHeader header = request.getHeader();
        if (header == null || blank(header.getInvoiceId())) {
            throw bad("InvoiceDetailRequestHeader@invoiceID is required");
        }
        if (header.getInvoiceDate() == null) {
            throw bad("InvoiceDetailRequestHeader@invoiceDate is required");
        }
        if (operation(header) != Operation.NEW) {
            throw notAcceptable("operation 'delete' cancels an invoice; it is not booked as one");
        }
        if ("yes".equalsIgnoreCase(header.getIsInformationOnly())) {
            throw notAcceptable("information-only invoices (isInformationOnly=\"yes\") are not booked");
        }
        Purpose purpose = purpose(header.getPurpose());
        String original = null;
        if (purpose.referencesOriginal()) {
            if (header.getInvoiceIdInfo() != null && !blank(header.getInvoiceIdInfo().getInvoiceId())) {
                original = header.getInvoiceIdInfo().getInvoiceId().trim();
            } else if (header.getDocumentReference() != null && header.getDocumentReference().getPayloadId() != null) {
                original = originalByPayloadId.apply(header.getDocumentReference().getPayloadId().trim()).orElse(null);
            }
        }
        Set<String> currencies = new HashSet<>();
        List<Invoice.Line> lines = new ArrayList<>();
        List<Charge> charges = new ArrayList<>();
        BigDecimal lineShipping = BigDecimal.ZERO;
        BigDecimal lineHandling = BigDecimal.ZERO;
        BigDecimal lineDiscount = BigDecimal.ZERO;
        boolean lineTax = false;
        int next = 1;
        if (request.getOrders().isEmpty()) {
            throw bad("an invoice needs at least one InvoiceDetailOrder with InvoiceDetailItem lines");
        }
        for (InvoiceDetailOrder order : request.getOrders()) {
            InvoiceDetailOrderInfo info = order.getOrderInfo();
            String poNumber = info == null ? null : info.orderId().map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
            String contract = info == null || info.getMasterAgreementIdInfo() == null ? null
                    : info.getMasterAgreementIdInfo().getAgreementId();
            if (order.getItems().isEmpty()) {
                throw bad("InvoiceDetailOrder" + (poNumber == null ? "" : " for " + poNumber) + " has no InvoiceDetailItem");
            }
            for (InvoiceDetailItem item : order.getItems()) {
                int lineNumber = item.getInvoiceLineNumber() == null ? next : item.getInvoiceLineNumber();
                next = lineNumber + 1;
                String where = "invoice line " + lineNumber;
                if (item.getQuantity() == null) {
                    throw bad(where + " has no quantity");
                }
                Money unitPrice = money(item.getUnitPrice());
                if (unitPrice == null || unitPrice.getAmount() == null) {
                    throw bad(where + " has no UnitPrice/Money");
                }
                currency(currencies, unitPrice);
                var reference = item.getItemReference();
                Integer poLine = reference == null ? null : reference.getLineNumber();
                if (poNumber != null && poLine == null) {
                    throw bad(where + " must name its PO line (InvoiceDetailItemReference@lineNumber)");
                }
                String part = reference == null || reference.getItemId() == null ? null : reference.getItemId().getSupplierPartId();
                String description = reference == null || reference.getDescription() == null ? null
                        : reference.getDescription().getText();
                Money subtotal = money(item.getSubtotalAmount());
                currency(currencies, subtotal);
                BigDecimal taxAmount = null;
                BigDecimal taxRate = null;
                if (item.getTax() != null && item.getTax().getMoney() != null && item.getTax().getMoney().getAmount() != null) {
                    currency(currencies, item.getTax().getMoney());
                    taxAmount = item.getTax().getMoney().getAmount();
                    taxRate = item.getTax().getTaxDetails().stream().map(TaxDetail::getPercentageRate)
                            .filter(r -> r != null).findFirst().orElse(null);
                    lineTax = true;
                }
                lines.add(new Invoice.Line(lineNumber, poNumber, poNumber == null ? null : poLine,
                        poNumber == null ? contract : null, poNumber == null ? part : null, description,
                        item.getQuantity(), unitPrice.getAmount(), item.getUnitOfMeasure(),
                        subtotal == null ? null : subtotal.getAmount(), taxAmount, taxRate, null));
                if (item.getLineShipping() != null && amount(item.getLineShipping().getMoney()) != null) {
                    currency(currencies, item.getLineShipping().getMoney());
                    BigDecimal a = item.getLineShipping().getMoney().getAmount();
                    lineShipping = lineShipping.add(a.abs());
                    charges.add(new Charge(ChargeKind.SHIPPING, a, "line shipping", lineNumber));
                }
                if (item.getSpecialHandling() != null && amount(item.getSpecialHandling().getMoney()) != null) {
                    currency(currencies, item.getSpecialHandling().getMoney());
                    BigDecimal a = item.getSpecialHandling().getMoney().getAmount();
                    lineHandling = lineHandling.add(a.abs());
                    charges.add(new Charge(ChargeKind.HANDLING, a, "special handling", lineNumber));
                }
                if (item.getDiscount() != null && amount(item.getDiscount().getMoney()) != null) {
                    currency(currencies, item.getDiscount().getMoney());
                    BigDecimal a = item.getDiscount().getMoney().getAmount();
                    lineDiscount = lineDiscount.add(a.abs());
                    charges.add(new Charge(ChargeKind.DISCOUNT, a, "line discount", lineNumber));
                }
            }
        }
        InvoiceDetailSummary summary = request.getSummary();
        BigDecimal headerTax = null;
        BigDecimal stated = null;
        if (summary != null) {
            headerCharge(charges, currencies, ChargeKind.SHIPPING, money(summary.getShippingAmount()), lineShipping, "shipping");
            headerCharge(charges, currencies, ChargeKind.HANDLING, money(summary.getSpecialHandlingAmount()), lineHandling,
                    "special handling");
            headerCharge(charges, currencies, ChargeKind.DISCOUNT, summary.getDiscount() == null ? null
                    : summary.getDiscount().getMoney(), lineDiscount, "discount");
            Money tax = summary.getTax() == null ? null : summary.getTax().getMoney();
            if (!lineTax && tax != null && tax.getAmount() != null) {
                currency(currencies, tax);
                headerTax = tax.getAmount().abs();
            }
            Money net = Optional.ofNullable(money(summary.getNetAmount())).filter(m -> m.getAmount() != null)
                    .orElse(money(summary.getDueAmount()));
            if (net != null && net.getAmount() != null) {
                currency(currencies, net);
                stated = net.getAmount();
            }
        }
        if (currencies.size() > 1) {
            throw notAcceptable("the invoice mixes currencies " + new java.util.TreeSet<>(currencies)
                    + "; one invoice has one currency");
        }
        String currency = currencies.isEmpty() ? null : currencies.iterator().next();
        return new Invoice(supplier, buyer, header.getInvoiceId().trim(),
                header.getInvoiceDate().toLocalDate(),
                currency, purpose, original, lines, charges, headerTax, stated);
    }

    /** InvoiceDetailRequestHeader@operation: {@code new} (the default) or {@code delete} (cancel the invoice). */
    public enum Operation { NEW, DELETE }

    /**
     * The document's operation. {@code delete} cancels the supplier's invoice of the header's invoiceID; anything but
     * new and delete is refused (406).
     */
    public static Operation operation(InvoiceDetailRequestHeader header) {
        String operation = header == null || header.getOperation() == null ? "new" : header.getOperation().trim();
        if (operation.isEmpty() || "new".equalsIgnoreCase(operation)) {
            return Operation.NEW;
        }
        if ("delete".equalsIgnoreCase(operation)) {
            return Operation.DELETE;
        }
        throw notAcceptable("operation '" + operation + "' is not supported (supported: new, delete)");
    }

    /** The invoiceID a delete names; 400 without one. */
    public static String invoiceIdToCancel(InvoiceDetailRequest request) {
        InvoiceDetailRequestHeader header = request.getHeader();
        if (header == null || blank(header.getInvoiceId())) {
            throw bad("InvoiceDetailRequestHeader@invoiceID is required");
        }
        return header.getInvoiceId().trim();
    }

    static Purpose purpose(String purpose) {
        if (purpose == null || purpose.isBlank() || purpose.trim().equals("standard")) {
            return Purpose.STANDARD;
        }
        return switch (purpose.trim()) {
            case "creditMemo" -> Purpose.CREDIT_MEMO;
            case "lineLevelCreditMemo" -> Purpose.LINE_LEVEL_CREDIT_MEMO;
            case "debitMemo" -> Purpose.DEBIT_MEMO;
            case "lineLevelDebitMemo" -> Purpose.LINE_LEVEL_DEBIT_MEMO;
            default -> throw notAcceptable("invoice purpose '" + purpose + "' is not supported (supported: standard, "
                    + "creditMemo, lineLevelCreditMemo, debitMemo, lineLevelDebitMemo)");
        };
    }

    private static void headerCharge(List<Charge> charges, Set<String> currencies, ChargeKind kind, Money total,
                                     BigDecimal onLines, String description) {
        if (total == null || total.getAmount() == null) {
            return;
        }
        currency(currencies, total);
        BigDecimal rest = total.getAmount().abs().subtract(onLines);
        if (rest.signum() > 0) {
            charges.add(new Charge(kind, rest, description, null));
        }
    }

    private static void currency(Set<String> currencies, Money money) {
        if (money != null && money.getCurrency() != null && !money.getCurrency().isBlank()) {
            currencies.add(money.getCurrency().trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.getAmount();
    }

    private static Money money(MoneyAmount amount) {
        return amount == null ? null : amount.getMoney();
    }

    private static Refused bad(String message) {
        return new Refused(CxmlStatus.BAD_REQUEST, message);
    }

    private static Refused notAcceptable(String message) {
        return new Refused(CxmlStatus.NOT_ACCEPTABLE, message);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
