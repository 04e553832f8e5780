package io.procurewire.punchout.cart;

import io.procurewire.punchout.PunchoutConfig;
import io.procurewire.punchout.catalog.CatalogClient;
import io.procurewire.punchout.catalog.CatalogDtos.PriceQuote;
import io.procurewire.punchout.catalog.CatalogDtos.QuoteLineRequest;
import io.procurewire.punchout.catalog.CatalogDtos.QuotedLine;
import io.procurewire.punchout.catalog.CatalogUnavailable;
import io.procurewire.punchout.catalog.Fetched;
import io.procurewire.punchout.session.ShopException;
import io.procurewire.punchout.session.ShopSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.List;

/**
 * Cart changes. Every change re-quotes the line from catalog-service first (tier prices depend on the quantity),
 * outside any transaction, then writes in one short transaction.
 */
@ApplicationScoped
public class CartService {

    private static final Logger LOG = Logger.getLogger(CartService.class);
    /** Each concurrent add of the same part can make another retry once: enough for any human's clicking. */
    private static final int MAX_ADD_ATTEMPTS = 8;

    private final CatalogClient catalog;
    private final PunchoutConfig config;

    public CartService(CatalogClient catalog, PunchoutConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    /** The cart as stored: one statement for the cart and its lines (a join fetch, not a second SELECT for the lines). */
    public CartView view(ShopSession session) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<Cart> carts = Cart.<Cart>find("from Cart c left join fetch c.lines where c.sessionId = ?1", session.id())
                    .list();
            return CartView.of(carts.isEmpty() ? null : carts.getFirst(), config.defaultCurrency());
        });
    }

    /**
     * The cart page: every line re-quoted first, so the page never shows a price that checkout would not hand back;
     * lines whose price changed are updated and listed for the buyer. When catalog-service cannot give a fresh
     * quote, the stored prices are shown (flagged, and checkout re-quotes anyway).
     */
    public CartView repricedView(ShopSession session) {
        List<QuoteLineRequest> lines = QuarkusTransaction.requiringNew().call(() -> {
            Cart cart = Cart.find("sessionId", session.id()).firstResult();
            return cart == null ? List.<QuoteLineRequest>of() : cart.lines.stream()
                    .map(l -> new QuoteLineRequest(l.supplierPartId, l.auxiliaryIdOrNull(), l.quantity)).toList();
        });
        if (lines.isEmpty() || session.readOnly()) {
            return view(session);
        }
        Fetched<PriceQuote> quote;
        try {
            quote = catalog.quote(session.buyerCode(), session.contractCode(), lines);
        } catch (CatalogUnavailable | CatalogClient.CatalogRejected e) {
            LOG.infof("session %d: cart shown with stored prices, no fresh quote: %s", session.id(), e.getMessage());
            return view(session);
        }
        if (quote.possiblyStale()) {
            return view(session);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Cart cart = Cart.lockedOfSession(session.id());
            List<PriceChange> changes = Repricing.apply(cart, quote);
            return CartView.of(cart, config.defaultCurrency(), changes);
        });
    }

    /**
     * Adds (or increases) a line. The quote for the new quantity is taken outside any transaction; the write locks
     * the cart and goes through only if the line still has the quantity that was quoted, else it quotes again: two
     * adds at once both count, each at the price of its quantity.
     */
    public void add(ShopSession session, String supplierPartId, String auxiliaryId, String quantityText) {
        requireWritable(session);
        BigDecimal quantity = quantity(session, quantityText, false);
        String aux = auxiliaryId == null || auxiliaryId.isBlank() ? "" : auxiliaryId.trim();
        if (supplierPartId == null || supplierPartId.isBlank()) {
            throw new ShopException(400, "No item chosen", "Choose an item to add.", session.base());
        }
        for (int attempt = 1; attempt <= MAX_ADD_ATTEMPTS; attempt++) {
            BigDecimal existing = QuarkusTransaction.requiringNew().call(() -> {
                CartLine line = findLine(session.id(), supplierPartId, aux);
                return line == null ? BigDecimal.ZERO : line.quantity;
            });
            BigDecimal newQuantity = existing.add(quantity);
            checkMax(session, newQuantity);
            Fetched<PriceQuote> quote = quoteOne(session, supplierPartId, aux, newQuantity);
            QuotedLine quoted = quote.value().lines().get(0);
            InvalidQuantity.requireWhole(newQuantity, quoted.unitOfMeasure(), config.maxLineQuantity(), session.base());
            boolean written = QuarkusTransaction.requiringNew().call(() -> {
                Cart cart = Cart.lockedOfSession(session.id());
                CartLine line = cart.line(supplierPartId, aux);
                if ((line == null ? BigDecimal.ZERO : line.quantity).compareTo(existing) != 0) {
                    return false; // changed since it was quoted
                }
                if (line == null) {
                    line = new CartLine();
                    line.cart = cart;
                    line.supplierPartId = supplierPartId;
                    line.supplierPartAuxiliaryId = aux;
                    line.position = cart.lines.stream().mapToInt(l -> l.position).max().orElse(0) + 1;
                    cart.lines.add(line);
                }
                line.quantity = newQuantity;
                line.applyQuote(quoted, quote.fetchedAt(), quote.possiblyStale());
                return true;
            });
            if (written) {
                return;
            }
        }
        throw new ShopException(409, "Your cart is changing", "The cart changed while this item was being added. "
                + "Please look at your cart and add the item again if it is missing.", session.base());
    }

    /** Sets a line's quantity; 0 removes it. */
    public void update(ShopSession session, long lineId, String quantityText) {
        requireWritable(session);
        BigDecimal quantity = quantity(session, quantityText, true);
        if (quantity.signum() == 0) {
            remove(session, lineId);
            return;
        }
        CartLine current = QuarkusTransaction.requiringNew().call(() -> line(session, lineId));
        InvalidQuantity.requireWhole(quantity, current.unitOfMeasure, config.maxLineQuantity(), session.base());
        Fetched<PriceQuote> quote = quoteOne(session, current.supplierPartId, current.supplierPartAuxiliaryId, quantity);
        QuarkusTransaction.requiringNew().run(() -> {
            Cart.lockedOfSession(session.id());
            CartLine line = line(session, lineId);
            line.quantity = quantity;
            line.applyQuote(quote.value().lines().get(0), quote.fetchedAt(), quote.possiblyStale());
        });
    }

    /** Empties the cart: the buyer leaves without buying ("cancel and return"). */
    public void clear(ShopSession session) {
        requireWritable(session);
        QuarkusTransaction.requiringNew().run(() -> {
            Cart cart = Cart.lockedOfSession(session.id());
            cart.lines.clear();
        });
    }

    public void remove(ShopSession session, long lineId) {
        requireWritable(session);
        QuarkusTransaction.requiringNew().run(() -> {
            Cart.lockedOfSession(session.id());
            CartLine line = line(session, lineId);
            line.cart.lines.remove(line);
        });
    }

    /** Adds already quoted lines (edit/inspect reopening) to a session's cart, in the caller's transaction. */
    public static void seed(long sessionId, List<QuotedLine> lines, List<BigDecimal> quantities, Fetched<PriceQuote> quote) {
        Cart cart = Cart.lockedOfSession(sessionId);
        int position = 0;
        for (int i = 0; i < lines.size(); i++) {
            QuotedLine quoted = lines.get(i);
            String aux = quoted.supplierPartAuxiliaryId() == null ? "" : quoted.supplierPartAuxiliaryId();
            CartLine existing = cart.lines.stream()
                    .filter(l -> l.supplierPartId.equals(quoted.supplierPartId()) && l.supplierPartAuxiliaryId.equals(aux))
                    .findFirst().orElse(null);
            if (existing != null) {
                // the same part on two ItemOut lines: one cart line with the summed quantity, priced as quoted
                existing.quantity = existing.quantity.add(quantities.get(i));
                continue;
            }
            CartLine line = new CartLine();
            line.cart = cart;
            line.supplierPartId = quoted.supplierPartId();
            line.supplierPartAuxiliaryId = aux;
            line.quantity = quantities.get(i);
            line.position = ++position;
            line.applyQuote(quoted, quote.fetchedAt(), quote.possiblyStale());
            cart.lines.add(line);
        }
    }

    private Fetched<PriceQuote> quoteOne(ShopSession session, String partId, String aux, BigDecimal quantity) {
        Fetched<PriceQuote> quote = catalog.quote(session.buyerCode(), session.contractCode(),
                List.of(new QuoteLineRequest(partId, aux.isEmpty() ? null : aux, quantity)));
        QuotedLine quoted = quote.value().lines().isEmpty() ? null : quote.value().lines().get(0);
        if (quoted == null || !quoted.available() || quoted.unitPrice() == null) {
            throw new ShopException(409, "Item not available",
                    "Item " + partId + " cannot be ordered" + (quoted != null && quoted.reason() != null
                            ? ": " + quoted.reason() : "."), session.base());
        }
        return quote;
    }

    private static CartLine findLine(long sessionId, String partId, String aux) {
        return CartLine.find("cart.sessionId = ?1 and supplierPartId = ?2 and supplierPartAuxiliaryId = ?3",
                sessionId, partId, aux).firstResult();
    }

    /** A line of this session's cart only: another session's line ids are "not found", never touched. */
    private static CartLine line(ShopSession session, long lineId) {
        CartLine line = CartLine.find("id = ?1 and cart.sessionId = ?2", lineId, session.id()).firstResult();
        if (line == null) {
            throw new ShopException(404, "No such cart line", "This line is not in your cart.", session.base());
        }
        return line;
    }

    private void requireWritable(ShopSession session) {
        if (session.readOnly()) {
            throw new ShopException(403, "This cart is read-only",
                    "Your procurement system opened this cart for inspection; it cannot be changed here.",
                    session.base());
        }
    }

    private BigDecimal quantity(ShopSession session, String text, boolean zeroAllowed) {
        BigDecimal quantity;
        try {
            quantity = new BigDecimal(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw invalid(InvalidQuantity.Problem.NOT_A_NUMBER, null, session);
        }
        if (quantity.signum() < 0 || (!zeroAllowed && quantity.signum() == 0)) {
            throw invalid(InvalidQuantity.Problem.NOT_POSITIVE, null, session);
        }
        if (quantity.stripTrailingZeros().scale() > 4) {
            throw invalid(InvalidQuantity.Problem.TOO_PRECISE, null, session);
        }
        checkMax(session, quantity);
        return quantity;
    }

    private void checkMax(ShopSession session, BigDecimal quantity) {
        if (quantity.compareTo(BigDecimal.valueOf(config.maxLineQuantity())) > 0) {
            throw invalid(InvalidQuantity.Problem.OVER_MAXIMUM, null, session);
        }
    }

    private InvalidQuantity invalid(InvalidQuantity.Problem problem, String unit, ShopSession session) {
        return new InvalidQuantity(problem, unit, config.maxLineQuantity(), session.base());
    }
}
