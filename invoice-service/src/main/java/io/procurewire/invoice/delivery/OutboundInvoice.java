package io.procurewire.invoice.delivery;

import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Description;
import io.procurewire.cxml.model.DueAmount;
import io.procurewire.cxml.model.Extrinsic;
import io.procurewire.cxml.model.GrossAmount;
import io.procurewire.cxml.model.Header;
import io.procurewire.cxml.model.InvoiceDetailDiscount;
import io.procurewire.cxml.model.InvoiceDetailItem;
import io.procurewire.cxml.model.InvoiceDetailItemReference;
import io.procurewire.cxml.model.InvoiceDetailOrder;
import io.procurewire.cxml.model.InvoiceDetailOrderInfo;
import io.procurewire.cxml.model.InvoiceDetailRequest;
import io.procurewire.cxml.model.InvoiceDetailRequestHeader;
import io.procurewire.cxml.model.InvoiceDetailSummary;
import io.procurewire.cxml.model.InvoiceIDInfo;
import io.procurewire.cxml.model.ItemID;
import io.procurewire.cxml.model.MasterAgreementIDInfo;
import io.procurewire.cxml.model.NetAmount;
import io.procurewire.cxml.model.OrderIDInfo;
import io.procurewire.cxml.model.Party;
import io.procurewire.cxml.model.Request;
import io.procurewire.cxml.model.Sender;
import io.procurewire.cxml.model.ShippingAmount;
import io.procurewire.cxml.model.SpecialHandlingAmount;
import io.procurewire.cxml.model.SubtotalAmount;
import io.procurewire.cxml.model.Tax;
import io.procurewire.cxml.model.TaxDetail;
import io.procurewire.cxml.model.UnitPrice;
import io.procurewire.invoice.matching.Charge;
import io.procurewire.invoice.matching.ChargeClassifier;
import io.procurewire.invoice.matching.ChargeKind;
import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.matching.Money;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored invoice as the cXML InvoiceDetailRequest the buyer receives, with the match result as header Extrinsics
 * ({@code MatchStatus}, {@code MatchExpectedTotal}, {@code MatchActualTotal}, {@code MatchRuns}, and the reviewer's
 * {@code MatchReviewReason} for an accepted exception). PO lines go per PO (OrderIDInfo); contract lines per
 * contract (MasterAgreementIDInfo); lines without a reference are charges (by their kind or description) in the
 * summary. A credit note's quantities and amounts are negative, its original invoice in InvoiceIDInfo.
 */
public final class OutboundInvoice {

    /** The match result that goes with the invoice. */
    public record MatchInfo(String status, BigDecimal expectedTotal, BigDecimal actualTotal, int runs, String reviewReason) {
    }

    private static final ChargeClassifier CLASSIFIER = ChargeClassifier.standard();

    private OutboundInvoice() {
    }

    public static CxmlDocument document(Invoice invoice, DeliveryConfig.Buyer buyer, MatchInfo match, String payloadId) {
        String currency = invoice.currency();
        boolean credit = invoice.purpose().isCreditNote();
        InvoiceDetailRequestHeader header = new InvoiceDetailRequestHeader()
                .withInvoiceId(invoice.invoiceNumber())
                .withInvoiceDate(invoice.invoiceDate().atStartOfDay().atOffset(ZoneOffset.UTC))
                .withPurpose(switch (invoice.purpose()) {
                    case STANDARD -> "standard";
                    case CREDIT_MEMO -> "creditMemo";
                    case LINE_LEVEL_CREDIT_MEMO -> "lineLevelCreditMemo";
                    case DEBIT_MEMO -> "debitMemo";
                    case LINE_LEVEL_DEBIT_MEMO -> "lineLevelDebitMemo";
                })
                .withOperation("new");
        if (invoice.purpose().referencesOriginal() && invoice.originalInvoiceNumber() != null) {
            header.setInvoiceIdInfo(new InvoiceIDInfo().withInvoiceId(invoice.originalInvoiceNumber()));
        }
        header.addExtrinsics(new Extrinsic("MatchStatus", match.status()));
        if (match.expectedTotal() != null) {
            header.addExtrinsics(new Extrinsic("MatchExpectedTotal", match.expectedTotal().toPlainString()));
        }
        if (match.actualTotal() != null) {
            header.addExtrinsics(new Extrinsic("MatchActualTotal", match.actualTotal().toPlainString()));
        }
        header.addExtrinsics(new Extrinsic("MatchRuns", Integer.toString(match.runs())));
        if (match.reviewReason() != null) {
            header.addExtrinsics(new Extrinsic("MatchReviewReason", match.reviewReason()));
        }

        Map<String, InvoiceDetailOrder> orders = new LinkedHashMap<>();
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal lineTax = BigDecimal.ZERO;
        boolean anyLineTax = false;
        Map<ChargeKind, BigDecimal> charges = new LinkedHashMap<>();
        for (Charge charge : invoice.charges()) {
            charges.merge(charge.kind(), charge.amount(), BigDecimal::add);
        }
        for (Invoice.Line line : invoice.lines()) {
            BigDecimal amount = line.amount() != null ? line.amount().abs()
                    : Money.round(line.quantity().multiply(line.unitPrice()).abs(), currency);
            boolean referenced = line.poNumber() != null || line.contractNumber() != null;
            if (!referenced) {
                ChargeKind kind = line.chargeKind() != null ? line.chargeKind()
                        : CLASSIFIER.classify(line.description()).orElse(ChargeKind.MISC);
                charges.merge(kind, amount, BigDecimal::add);
                continue;
            }
            String key = line.poNumber() != null ? "po:" + line.poNumber() : "contract:" + line.contractNumber();
            InvoiceDetailOrder order = orders.computeIfAbsent(key, k -> new InvoiceDetailOrder().withOrderInfo(
                    line.poNumber() != null
                            ? new InvoiceDetailOrderInfo().withOrderIdInfo(new OrderIDInfo().withOrderId(line.poNumber()))
                            : new InvoiceDetailOrderInfo().withMasterAgreementIdInfo(
                            new MasterAgreementIDInfo().withAgreementId(line.contractNumber()))));
            InvoiceDetailItemReference reference = new InvoiceDetailItemReference()
                    .withLineNumber(line.poLineNumber() != null ? line.poLineNumber() : line.lineNumber());
            if (line.partNumber() != null) {
                reference.setItemId(new ItemID(line.partNumber()));
            }
            if (line.description() != null) {
                reference.setDescription(new Description("en", line.description()));
            }
            InvoiceDetailItem item = new InvoiceDetailItem()
                    .withInvoiceLineNumber(line.lineNumber())
                    .withQuantity(signed(line.quantity(), credit))
                    .withUnitOfMeasure(line.uom() == null ? "EA" : line.uom())
                    .withUnitPrice(new UnitPrice(money(currency, line.unitPrice().abs(), false)))
                    .withItemReference(reference)
                    .withSubtotalAmount(new SubtotalAmount(money(currency, amount, credit)));
            if (line.taxAmount() != null) {
                anyLineTax = true;
                lineTax = lineTax.add(line.taxAmount().abs());
                Tax tax = new Tax(money(currency, line.taxAmount().abs(), credit), new Description("en", "tax"));
                if (line.taxRate() != null) {
                    tax.addTaxDetails(new TaxDetail().withPurpose("tax").withCategory("sales")
                            .withPercentageRate(line.taxRate()));
                }
                item.setTax(tax);
            }
            order.addItems(item);
            subtotal = subtotal.add(amount);
        }
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("invoice " + invoice.invoiceNumber() + " has no PO or contract line to send");
        }
        BigDecimal tax = anyLineTax ? lineTax : invoice.headerTax() == null ? BigDecimal.ZERO : invoice.headerTax().abs();
        BigDecimal shipping = charges.getOrDefault(ChargeKind.SHIPPING, BigDecimal.ZERO);
        BigDecimal handling = charges.getOrDefault(ChargeKind.HANDLING, BigDecimal.ZERO)
                .add(charges.getOrDefault(ChargeKind.MISC, BigDecimal.ZERO));
        BigDecimal discount = charges.getOrDefault(ChargeKind.DISCOUNT, BigDecimal.ZERO);
        BigDecimal gross = subtotal.add(tax).add(shipping).add(handling);
        BigDecimal net = invoice.statedTotal() != null ? invoice.statedTotal().abs() : gross.subtract(discount);

        InvoiceDetailSummary summary = new InvoiceDetailSummary()
                .withSubtotalAmount(new SubtotalAmount(money(currency, subtotal, credit)))
                .withTax(new Tax(money(currency, tax, credit), new Description("en", anyLineTax ? "total of line taxes" : "tax")));
        if (handling.signum() != 0) {
            SpecialHandlingAmount amount = new SpecialHandlingAmount();
            amount.setMoney(money(currency, handling, credit));
            summary.setSpecialHandlingAmount(amount);
        }
        if (shipping.signum() != 0) {
            summary.setShippingAmount(new ShippingAmount(money(currency, shipping, credit)));
        }
        summary.setGrossAmount(new GrossAmount(money(currency, gross, credit)));
        if (discount.signum() != 0) {
            summary.setDiscount(new InvoiceDetailDiscount().withMoney(money(currency, discount, credit)));
        }
        summary.setNetAmount(new NetAmount(money(currency, net, credit)));
        summary.setDueAmount(new DueAmount(money(currency, net, credit)));

        InvoiceDetailRequest request = new InvoiceDetailRequest().withHeader(header).withSummary(summary);
        orders.values().forEach(request::addOrders);
        Header cxmlHeader = new Header()
                .withFrom(new Party(new Credential(buyer.fromDomain(), buyer.fromIdentity())))
                .withTo(new Party(new Credential(buyer.toDomain(), buyer.toIdentity())))
                .withSender(new Sender("Procurewire invoice-service", new Credential(
                        buyer.senderDomain().orElse(buyer.fromDomain()), buyer.senderIdentity().orElse(buyer.fromIdentity()),
                        buyer.sharedSecret())));
        CxmlDocument document = CxmlDocument.request(cxmlHeader,
                new Request().withDeploymentMode(buyer.deploymentMode()).withInvoiceDetailRequest(request));
        document.setPayloadId(payloadId);
        return document;
    }

    private static BigDecimal signed(BigDecimal value, boolean negative) {
        return negative ? value.abs().negate() : value;
    }

    private static io.procurewire.cxml.model.Money money(String currency, BigDecimal amount, boolean negative) {
        return new io.procurewire.cxml.model.Money(currency, negative ? amount.abs().negate() : amount);
    }
}
