package io.procurewire.invoice.posting;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which receipts go back to the buyer platform: per channel, per buyer (off by default), never returns or its own. */
class ReceiptPostingPolicyTest {

    private static final BigDecimal FOUR = new BigDecimal("4");
    private static final Map<String, ReceiptPostingPolicy.Rule> RULES = Map.of(
            "buyer", new ReceiptPostingPolicy.Rule(true, Set.of("api", "delivery-confirmation")),
            "asn-buyer", new ReceiptPostingPolicy.Rule(true, Set.of("api", "ship-notice")),
            "off-buyer", new ReceiptPostingPolicy.Rule(false, Set.of("api", "ship-notice", "delivery-confirmation")));

    private static ReceiptPostingPolicy.Decision decide(String source, BigDecimal quantity, String buyer) {
        return ReceiptPostingPolicy.decide(source, quantity, buyer, buyer, RULES);
    }

    @Test
    void channelsByReceiptSource() {
        assertNull(ReceiptPostingPolicy.channel("buyer-platform"));
        assertEquals("ship-notice", ReceiptPostingPolicy.channel("cxml-asn"));
        assertEquals("delivery-confirmation", ReceiptPostingPolicy.channel("delivery-confirmation"));
        assertEquals("api", ReceiptPostingPolicy.channel("api"));
        assertEquals("api", ReceiptPostingPolicy.channel("erp-goods-issue"));
    }

    @Test
    void apiAndDeliveryConfirmationReceiptsArePostedForAnEnabledBuyer() {
        assertTrue(decide("api", FOUR, "buyer").post());
        assertTrue(decide("delivery-confirmation", FOUR, "buyer").post());
        assertEquals("posted for buyer buyer (api)", decide("api", FOUR, "buyer").reason());
    }

    @Test
    void shipNoticesOnlyForABuyerThatTakesThem() {
        ReceiptPostingPolicy.Decision no = decide("cxml-asn", FOUR, "buyer");
        assertFalse(no.post());
        assertEquals("buyer buyer does not take ship-notice receipts", no.reason());
        assertTrue(decide("cxml-asn", FOUR, "asn-buyer").post());
        assertFalse(decide("delivery-confirmation", FOUR, "asn-buyer").post());
    }

    @Test
    void offByDefaultAndForDisabledBuyers() {
        assertEquals("receipt posting is off for buyer acme", decide("api", FOUR, "acme").reason());
        assertFalse(decide("api", FOUR, "acme").post());
        assertEquals("receipt posting is off for buyer off-buyer", decide("api", FOUR, "off-buyer").reason());
        assertEquals("the buyer of the PO is not known", decide("api", FOUR, null).reason());
    }

    @Test
    void neverThePlatformsOwnTransactionsNorReturns() {
        assertEquals("the buyer platform's own receiving transaction", decide("buyer-platform", FOUR, "buyer").reason());
        assertEquals("a return is recorded by the buyer who ships it back",
                decide("api", new BigDecimal("-1"), "buyer").reason());
        assertFalse(decide("api", BigDecimal.ZERO, "buyer").post());
    }

    @Test
    void onlyTheConnectedPlatformsBuyer() {
        ReceiptPostingPolicy.Decision other = ReceiptPostingPolicy.decide("api", FOUR, "asn-buyer", "buyer", RULES);
        assertFalse(other.post());
        assertEquals("buyer asn-buyer is not the connected buyer platform's buyer (buyer)", other.reason());
    }
}
