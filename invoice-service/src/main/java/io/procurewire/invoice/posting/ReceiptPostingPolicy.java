package io.procurewire.invoice.posting;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Which receipts go to the buyer platform's receiving transactions (plain Java, unit-tested). A receiving transaction
 * is the buyer's own statement that goods arrived: it drives their three-way match and payment, and most buyers
 * receive themselves. So nothing is posted unless the buyer is configured for it ({@code enabled}, default off), and
 * then only receipts of the channels the buyer agreed to ({@code sources}, default
 * {@code api,delivery-confirmation}):
 * <ul>
 *   <li>{@code delivery-confirmation}: receipts through {@code POST /api/receipts} with source
 *   {@code delivery-confirmation} (the carrier's proof of delivery): the supplier knows the goods arrived;</li>
 *   <li>{@code api}: any other receipt through {@code POST /api/receipts} (the supplier's own records of a
 *   delivery);</li>
 *   <li>{@code ship-notice}: receipts booked from a cXML ShipNoticeRequest, off by default: a ship notice says the
 *   goods left, not that they arrived (a buyer may accept it, e.g. for consignment stock);</li>
 *   <li>receipts pulled from the buyer platform itself: never (they are the platform's own transactions);</li>
 *   <li>returns (negative quantities): never, the buyer records the return it ships back.</li>
 * </ul>
 * Only the buyer of the connected buyer platform ({@code buyer-platform.buyer-name}) can be posted to: it is the one
 * Core API this service has credentials for.
 */
public final class ReceiptPostingPolicy {

    public static final String API = "api";
    public static final String SHIP_NOTICE = "ship-notice";
    public static final String DELIVERY_CONFIRMATION = "delivery-confirmation";
    /** Receipt source of the receiving pull ({@code ReceivingPull.SOURCE}). */
    static final String BUYER_PLATFORM_SOURCE = "buyer-platform";
    /** Receipt source of ship notices ({@code ShipNoticeHandler}). */
    static final String SHIP_NOTICE_SOURCE = "cxml-asn";

    /** A buyer's rule: posting on or off, and for which channels. */
    public record Rule(boolean enabled, Set<String> sources) {
    }

    public record Decision(boolean post, String reason) {
        static Decision no(String reason) {
            return new Decision(false, reason);
        }
    }

    private ReceiptPostingPolicy() {
    }

    /**
     * The channel of a receipt by its source: {@code ship-notice}, {@code delivery-confirmation}, {@code api}, or null
     * (the platform's own).
     */
    public static String channel(String source) {
        if (BUYER_PLATFORM_SOURCE.equals(source)) {
            return null;
        }
        if (SHIP_NOTICE_SOURCE.equals(source)) {
            return SHIP_NOTICE;
        }
        return DELIVERY_CONFIRMATION.equals(source) ? DELIVERY_CONFIRMATION : API;
    }

    public static Decision decide(String source, BigDecimal quantity, String buyer, String platformBuyer,
                                  Map<String, Rule> rules) {
        String channel = channel(source);
        if (channel == null) {
            return Decision.no("the buyer platform's own receiving transaction");
        }
        if (quantity == null || quantity.signum() <= 0) {
            return Decision.no("a return is recorded by the buyer who ships it back");
        }
        if (buyer == null) {
            return Decision.no("the buyer of the PO is not known");
        }
        Rule rule = rules.get(buyer);
        if (rule == null || !rule.enabled()) {
            return Decision.no("receipt posting is off for buyer " + buyer);
        }
        if (!buyer.equals(platformBuyer)) {
            return Decision.no("buyer " + buyer + " is not the connected buyer platform's buyer (" + platformBuyer + ")");
        }
        if (!rule.sources().contains(channel)) {
            return Decision.no("buyer " + buyer + " does not take " + channel + " receipts");
        }
        return new Decision(true, "posted for buyer " + buyer + " (" + channel + ")");
    }
}
