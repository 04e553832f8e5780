package io.procurewire.punchout.cart;

import io.procurewire.punchout.catalog.CatalogDtos.PriceQuote;
import io.procurewire.punchout.catalog.CatalogDtos.QuotedLine;
import io.procurewire.punchout.catalog.Fetched;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a quote onto a cart. Quoted lines are matched to cart lines by (part, auxiliary id, quantity), never by
 * position: a quote taken before the cart changed cannot give one part another part's price.
 */
public final class Repricing {

    /** A line's identity in a quote; the quantity is part of it because tier prices depend on it. */
    record Key(String supplierPartId, String auxiliaryId, BigDecimal quantity) {
        static Key of(String part, String aux, BigDecimal quantity) {
            return new Key(part, aux == null ? "" : aux, quantity == null ? null : quantity.stripTrailingZeros());
        }
    }

    private Repricing() {
    }

    /**
     * Each cart line with its quoted line, in cart order; a cart line the quote does not cover (the cart changed
     * after the quote was asked for) maps to null.
     */
    public static Map<CartLine, QuotedLine> match(List<CartLine> cartLines, PriceQuote quote) {
        Map<Key, QuotedLine> quoted = new HashMap<>();
        for (QuotedLine line : quote.lines()) {
            quoted.putIfAbsent(Key.of(line.supplierPartId(), line.supplierPartAuxiliaryId(), line.quantity()), line);
        }
        Map<CartLine, QuotedLine> matched = new LinkedHashMap<>();
        for (CartLine line : cartLines) {
            matched.put(line, quoted.get(Key.of(line.supplierPartId, line.supplierPartAuxiliaryId, line.quantity)));
        }
        return matched;
    }

    /** Applies the quote's prices to the lines it covers. @return the unit prices that changed */
    public static List<PriceChange> apply(Cart cart, Fetched<PriceQuote> quote) {
        List<PriceChange> changes = new ArrayList<>();
        for (Map.Entry<CartLine, QuotedLine> entry : match(cart.lines, quote.value()).entrySet()) {
            CartLine line = entry.getKey();
            QuotedLine quoted = entry.getValue();
            if (quoted == null || !quoted.available() || quoted.unitPrice() == null) {
                continue; // checkout names lines that can no longer be ordered
            }
            if (changed(line, quoted)) {
                changes.add(new PriceChange(line.supplierPartId, line.auxiliaryIdOrNull(), line.name, line.unitPrice,
                        quoted.unitPrice().amount(), line.currency));
            }
            line.applyQuote(quoted, quote.fetchedAt(), quote.possiblyStale());
        }
        return changes;
    }

    static boolean changed(CartLine line, QuotedLine quoted) {
        return line.unitPrice.compareTo(quoted.unitPrice().amount()) != 0
                || !line.currency.equals(quoted.unitPrice().currency());
    }
}
