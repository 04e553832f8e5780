package io.procurewire.punchout.cart;

import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.CxmlWriter;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.ItemIn;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderMessageBuilderTest {

    private static final OrderMessageBuilder.Parties PARTIES =
            new OrderMessageBuilder.Parties("NetworkID", "AN0123", "DUNS", "987654321");

    private static OrderMessageBuilder.Line line(String part, String quantity, String price, String currency) {
        return new OrderMessageBuilder.Line(new BigDecimal(quantity), part, null, new BigDecimal(price), currency,
                "Name " + part, null, "EA", null, null, null, null);
    }

    @Test
    void writesAStrictDocumentThatReadsBack() {
        CxmlDocument document = OrderMessageBuilder.build(PARTIES, true, "cookie<&>", "edit",
                List.of(line("A", "2.5000", "10.10", "EUR"), line("B", "1", "0.99", "EUR")), "USD");
        String xml = new CxmlWriter().write(document);
        assertFalse(xml.contains("SharedSecret"));
        assertTrue(xml.contains("deploymentMode=\"test\""));
        CxmlDocument read = new CxmlReader().read(xml);
        var message = read.getMessage().getPunchOutOrderMessage();
        assertEquals("cookie<&>", message.getBuyerCookie());
        assertEquals(0, new BigDecimal("26.24").compareTo(message.getHeader().getTotal().getMoney().getAmount()));
        assertEquals("EUR", message.getHeader().getTotal().getMoney().getCurrency());
        ItemIn first = message.getItems().get(0);
        assertEquals(0, new BigDecimal("2.5").compareTo(first.getQuantity()));
        assertEquals("Name A", first.getItemDetail().getDescriptions().get(0).getText());
        assertEquals("UNSPSC", first.getItemDetail().getClassifications().get(0).getDomain());
        assertNull(first.getItemDetail().getLeadTime());
        assertEquals("DUNS", read.getHeader().getFrom().getCredentials().get(0).getDomain());
        assertEquals("AN0123", read.getHeader().getTo().getCredentials().get(0).getIdentity());
    }

    @Test
    void refusesAMixedCurrencyCart() {
        assertThrows(IllegalArgumentException.class, () -> OrderMessageBuilder.build(PARTIES, false, "c", "edit",
                List.of(line("A", "1", "1", "EUR"), line("B", "1", "1", "USD")), "USD"));
    }
}
