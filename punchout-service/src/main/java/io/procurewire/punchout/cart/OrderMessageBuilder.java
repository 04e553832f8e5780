package io.procurewire.punchout.cart;

import io.procurewire.cxml.model.Classification;
import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Description;
import io.procurewire.cxml.model.Header;
import io.procurewire.cxml.model.ItemDetail;
import io.procurewire.cxml.model.ItemID;
import io.procurewire.cxml.model.ItemIn;
import io.procurewire.cxml.model.Message;
import io.procurewire.cxml.model.Money;
import io.procurewire.cxml.model.Party;
import io.procurewire.cxml.model.PunchOutOrderMessage;
import io.procurewire.cxml.model.PunchOutOrderMessageHeader;
import io.procurewire.cxml.model.Sender;
import io.procurewire.cxml.model.Total;
import io.procurewire.cxml.model.UnitPrice;

import java.math.BigDecimal;
import java.util.List;

/**
 * Builds the PunchOutOrderMessage that hands a cart back to the buyer. The supplier is From and Sender, the buyer
 * is To; no SharedSecret is included because the document travels through the user's browser.
 */
public final class OrderMessageBuilder {

    public static final String USER_AGENT = "Procurewire punchout-service";

    /** Identities as configured on the connection's credential set. */
    public record Parties(String buyerDomain, String buyerIdentity, String supplierDomain, String supplierIdentity) {
    }

    /** One cart line as it is handed back. */
    public record Line(BigDecimal quantity, String supplierPartId, String supplierPartAuxiliaryId, BigDecimal unitPrice,
                       String currency, String name, String description, String unitOfMeasure, String unspsc,
                       String manufacturerPartId, String manufacturerName, Integer leadTimeDays) {
    }

    private OrderMessageBuilder() {
    }

    public static CxmlDocument build(Parties parties, boolean test, String buyerCookie, String operationAllowed,
                                     List<Line> lines, String emptyCartCurrency) {
        String currency = lines.isEmpty() ? emptyCartCurrency : lines.get(0).currency();
        if (lines.stream().anyMatch(l -> !l.currency().equals(currency))) {
            throw new IllegalArgumentException("a cart handed back must have one currency, found several");
        }
        // the sum of the lines as the buyer sees them: each rounded to the currency's minor units
        BigDecimal total = lines.stream().map(l -> MinorUnits.lineAmount(l.unitPrice(), l.quantity(), currency))
                .reduce(MinorUnits.round(BigDecimal.ZERO, currency), BigDecimal::add);
        PunchOutOrderMessage message = new PunchOutOrderMessage()
                .withBuyerCookie(buyerCookie)
                .withHeader(new PunchOutOrderMessageHeader()
                        .withOperationAllowed(operationAllowed)
                        .withTotal(new Total(new Money(currency, total))));
        int lineNumber = 0;
        for (Line line : lines) {
            message.addItems(itemIn(++lineNumber, line));
        }
        Header header = new Header()
                .withFrom(new Party(new Credential(parties.supplierDomain(), parties.supplierIdentity())))
                .withTo(new Party(new Credential(parties.buyerDomain(), parties.buyerIdentity())))
                .withSender(new Sender(USER_AGENT, new Credential(parties.supplierDomain(), parties.supplierIdentity())));
        Message envelope = new Message().withPunchOutOrderMessage(message);
        if (test) {
            envelope.setDeploymentMode("test");
        }
        return CxmlDocument.message(header, envelope);
    }

    private static ItemIn itemIn(int lineNumber, Line line) {
        // the name is the shortName; the text is the description as the shop shows it (the name when there is none)
        String text = line.description() == null || line.description().isBlank() ? line.name() : line.description();
        ItemDetail detail = new ItemDetail()
                .withUnitPrice(new UnitPrice(new Money(line.currency(), MinorUnits.unitPrice(line.unitPrice(), line.currency()))))
                .addDescriptions(new Description("en", line.name(), text))
                .withUnitOfMeasure(line.unitOfMeasure())
                // Classification is mandatory (Classification+) and Coupa requires UNSPSC: an unknown code stays empty
                .addClassifications(new Classification("UNSPSC", line.unspsc() == null ? "" : line.unspsc()));
        if (line.manufacturerPartId() != null) {
            detail.withManufacturerPartId(line.manufacturerPartId());
        }
        if (line.manufacturerName() != null) {
            detail.withManufacturerName(line.manufacturerName());
        }
        if (line.leadTimeDays() != null) {
            detail.withLeadTime(line.leadTimeDays());
        }
        return new ItemIn()
                .withQuantity(line.quantity().stripTrailingZeros().scale() < 0
                        ? line.quantity().setScale(0) : line.quantity().stripTrailingZeros())
                .withLineNumber(lineNumber)
                .withItemId(new ItemID(line.supplierPartId(), line.supplierPartAuxiliaryId()))
                .withItemDetail(detail);
    }
}
