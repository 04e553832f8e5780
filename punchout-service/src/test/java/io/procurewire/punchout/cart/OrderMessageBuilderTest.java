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

    private static OrderMessageBuilder.Line described(String name, String description) {
        return new OrderMessageBuilder.Line(BigDecimal.ONE, "A", null, BigDecimal.TEN, "USD", name, description, "EA",
                null, null, null, null);
    }

    private static CxmlDocument roundTrip(List<OrderMessageBuilder.Line> lines) {
        return new CxmlReader().read(new CxmlWriter().write(OrderMessageBuilder.build(PARTIES, false, "c", "edit", lines, "USD")));
    }

    @Test
    void writesEveryLineAmountRoundedAndTheTotalAsTheSumOfTheRoundedLines() {
        // 3.5 x 0.4999 = 1.74965 and 5 x 11.55 = 57.75: unrounded, the Total read 59.49965 (and 57.750000 alone)
        String xml = new CxmlWriter().write(OrderMessageBuilder.build(PARTIES, false, "c", "edit",
                List.of(line("A", "3.5000", "0.4999", "USD"), line("B", "5.0000", "11.5500", "USD")), "USD"));
        var message = new CxmlReader().read(xml).getMessage().getPunchOutOrderMessage();
        assertEquals("59.50", message.getHeader().getTotal().getMoney().getAmount().toPlainString(), xml);
        assertTrue(xml.contains("<Money currency=\"USD\">0.4999</Money>"), "unit prices keep their precision: " + xml);
        assertTrue(xml.contains("<Money currency=\"USD\">11.55</Money>"), xml);
        assertFalse(xml.contains("57.750000") || xml.contains("1.74965"), xml);
    }

    @Test
    void roundsZeroAndThreeDecimalCurrencies() {
        var yen = roundTrip(List.of(line("A", "3", "333.3333", "JPY"), line("B", "1", "0.5", "JPY")))
                .getMessage().getPunchOutOrderMessage().getHeader().getTotal().getMoney();
        assertEquals("1001", yen.getAmount().toPlainString(), "1000 + 1 (0.5 rounds half up)");
        var dinar = roundTrip(List.of(line("A", "3", "1.2345", "KWD")))
                .getMessage().getPunchOutOrderMessage().getHeader().getTotal().getMoney();
        assertEquals("3.704", dinar.getAmount().toPlainString());
        var empty = roundTrip(List.of()).getMessage().getPunchOutOrderMessage().getHeader().getTotal().getMoney();
        assertEquals("0.00", empty.getAmount().toPlainString());
    }

    @Test
    void writesTheNameAsShortNameAndTheDescriptionAsTheText() {
        var description = roundTrip(List.of(described("Torque wrench", "Torque wrench, click type, 3/8 drive")))
                .getMessage().getPunchOutOrderMessage().getItems().get(0).getItemDetail().getDescriptions().get(0);
        assertEquals("Torque wrench", description.getShortName());
        assertEquals("Torque wrench, click type, 3/8 drive", description.getText());
        var nameOnly = roundTrip(List.of(described("Caliper", null)))
                .getMessage().getPunchOutOrderMessage().getItems().get(0).getItemDetail().getDescriptions().get(0);
        assertEquals("Caliper", nameOnly.getShortName());
        assertEquals("Caliper", nameOnly.getText());
    }

    @Test
    void refusesAMixedCurrencyCart() {
        assertThrows(IllegalArgumentException.class, () -> OrderMessageBuilder.build(PARTIES, false, "c", "edit",
                List.of(line("A", "1", "1", "EUR"), line("B", "1", "1", "USD")), "USD"));
    }
}
