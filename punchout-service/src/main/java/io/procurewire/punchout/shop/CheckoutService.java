package io.procurewire.punchout.shop;

import io.micrometer.core.instrument.MeterRegistry;
import io.procurewire.cxml.CartForm;
import io.procurewire.cxml.CxmlWriter;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.punchout.PunchoutConfig;
import io.procurewire.punchout.audit.Exchange;
import io.procurewire.punchout.audit.ExchangeLog;
import io.procurewire.punchout.cart.Cart;
import io.procurewire.punchout.cart.CartLine;
import io.procurewire.punchout.cart.CartService;
import io.procurewire.punchout.cart.CartView;
import io.procurewire.punchout.cart.OrderMessageBuilder;
import io.procurewire.punchout.cart.PriceChange;
import io.procurewire.punchout.cart.Repricing;
import io.procurewire.punchout.catalog.CatalogClient;
import io.procurewire.punchout.catalog.CatalogDtos.PriceQuote;
import io.procurewire.punchout.catalog.CatalogDtos.QuoteLineRequest;
import io.procurewire.punchout.catalog.CatalogDtos.QuotedLine;
import io.procurewire.punchout.catalog.Fetched;
import io.procurewire.punchout.connection.BuyerConnection;
import io.procurewire.punchout.connection.CartEncoding;
import io.procurewire.punchout.connection.ConnectionCredential;
import io.procurewire.punchout.connection.Environment;
import io.procurewire.punchout.session.PunchoutSession;
import io.procurewire.punchout.session.ShopException;
import io.procurewire.punchout.session.ShopSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checkout: re-prices the cart from catalog-service (never with a price older than max-price-age), shows the buyer
 * prices that changed before anything is handed back, ends the session exactly once, and produces the
 * PunchOutOrderMessage form; a repeated checkout (a double click) answers the same form again. No order is created: the order comes later as the
 * buyer's PO.
 */
@ApplicationScoped
public class CheckoutService {

    /** The cart handed back with its form; or, with no form, the cart whose prices changed, for the buyer to see. */
    public record CheckedOut(CartView cart, CheckoutForm form) {
    }

    private record LineKey(String partId, String aux, java.math.BigDecimal quantity) {
    }

    private final CatalogClient catalog;
    private final PunchoutConfig config;
    private final ExchangeLog exchanges;
    private final EntityManager em;
    private final MeterRegistry meters;
    private final CxmlWriter writer = new CxmlWriter();

    public CheckoutService(CatalogClient catalog, PunchoutConfig config, ExchangeLog exchanges, EntityManager em,
                           MeterRegistry meters) {
        this.catalog = catalog;
        this.config = config;
        this.exchanges = exchanges;
        this.em = em;
        this.meters = meters;
    }

    public CheckedOut checkout(ShopSession session) {
        if (session.readOnly()) {
            throw new ShopException(403, "This cart is read-only",
                    "Your procurement system opened this cart for inspection; it cannot be checked out.", session.base());
        }
        if (session.closed()) {
            return QuarkusTransaction.requiringNew().call(() -> returnedBefore(session));
        }
        List<LineKey> keys = QuarkusTransaction.requiringNew().call(() -> {
            Cart cart = Cart.find("sessionId", session.id()).firstResult();
            return cart == null ? List.<LineKey>of() : cart.lines.stream()
                    .map(l -> new LineKey(l.supplierPartId, l.auxiliaryIdOrNull(), l.quantity)).toList();
        });
        Fetched<PriceQuote> quote = keys.isEmpty() ? null : catalog.quote(session.buyerCode(), session.contractCode(),
                keys.stream().map(k -> new QuoteLineRequest(k.partId(), k.aux(), k.quantity())).toList());
        Instant now = Instant.now();
        if (quote != null) {
            if (quote.fetchedAt().isBefore(now.minus(config.maxPriceAge()))) {
                throw new ShopException(503, "Prices cannot be confirmed right now",
                        "The catalog is unreachable and the last known prices are too old to hand back. "
                                + "Please try the checkout again in a moment.", session.base());
            }
            List<String> unavailable = quote.value().lines().stream()
                    .filter(l -> !l.available() || l.unitPrice() == null).map(QuotedLine::supplierPartId).toList();
            if (!unavailable.isEmpty()) {
                throw new ShopException(409, "Some items can no longer be ordered",
                        "Remove these items from your cart, then check out again: " + String.join(", ", unavailable),
                        session.base());
            }
        }
        CheckedOut done = QuarkusTransaction.requiringNew().call(() -> handBack(session, keys.size(), quote, now));
        if (done.form() != null) {
            meters.counter("procurewire_punchout_checkouts_total", "lines", keys.isEmpty() ? "empty" : "some").increment();
        }
        return done;
    }

    /**
     * With the cart locked: a checkout that lost a race to another shows what that one handed back; a cart that
     * changed since the quote is refused; changed prices go back to the buyer first; else the session ends once.
     */
    private CheckedOut handBack(ShopSession session, int quotedLines, Fetched<PriceQuote> quote, Instant now) {
        Cart cart = Cart.lockedOfSession(session.id());
        PunchoutSession stored = PunchoutSession.findById(session.id());
        if (stored.closedAt != null) {
            return returnedBefore(stored, cart);
        }
        if (cart.lines.size() != quotedLines || (quote != null
                && Repricing.match(cart.lines, quote.value()).containsValue(null))) {
            throw new ShopException(409, "Your cart changed during checkout",
                    "Please look at your cart and check out again.", session.base());
        }
        if (quote != null) {
            List<PriceChange> changes = Repricing.apply(cart, quote);
            if (!changes.isEmpty()) {
                return new CheckedOut(CartView.of(cart, config.defaultCurrency(), changes), null);
            }
        }
        // ends the session once, even with two checkouts racing on two replicas
        int closed = em.createQuery("""
                        update PunchoutSession s set s.closedAt = :now, s.lastActivityAt = :now
                        where s.id = :id and s.closedAt is null""")
                .setParameter("now", now).setParameter("id", session.id()).executeUpdate();
        if (closed != 1) {
            throw new ShopException(410, "This cart was already returned",
                    "The cart was returned to your procurement system. To change it, edit the cart there.");
        }
        List<OrderMessageBuilder.Line> lines = new ArrayList<>();
        for (CartLine line : cart.lines) {
            lines.add(new OrderMessageBuilder.Line(line.quantity, line.supplierPartId, line.auxiliaryIdOrNull(),
                    line.unitPrice, line.currency, line.name, line.description, line.unitOfMeasure, line.unspsc,
                    line.manufacturerPartId, line.manufacturerName, line.leadTimeDays));
        }
        BuyerConnection connection = BuyerConnection.findById(stored.connectionId);
        ConnectionCredential credential = connection.credential(stored.environment)
                .or(() -> connection.credential(Environment.PRODUCTION))
                .orElseThrow(() -> new IllegalStateException("connection " + connection.id + " has no credentials"));
        CxmlDocument message = OrderMessageBuilder.build(
                new OrderMessageBuilder.Parties(credential.fromDomain, credential.fromIdentity, credential.toDomain,
                        credential.toIdentity),
                stored.environment == Environment.TEST, stored.buyerCookie, stored.operation.operationAllowed(),
                lines, config.defaultCurrency());
        String xml = writer.write(message);
        exchanges.recordOutbound(connection.id, stored.id, "PunchOutOrderMessage", message.getPayloadId(),
                stored.setupPayloadId, null, stored.environment.name(), xml, now);
        cart.checkedOutAt = now;
        cart.orderMessagePayloadId = message.getPayloadId();
        return new CheckedOut(CartView.of(cart, config.defaultCurrency()), form(stored, xml, message.getPayloadId()));
    }

    private CheckedOut returnedBefore(ShopSession session) {
        PunchoutSession stored = PunchoutSession.findById(session.id());
        return returnedBefore(stored, Cart.find("sessionId", session.id()).firstResult());
    }

    /** The same form as the first checkout, from the order message the audit log holds (it carries no secret). */
    private CheckedOut returnedBefore(PunchoutSession stored, Cart cart) {
        Exchange sent = cart == null || cart.orderMessagePayloadId == null ? null
                : Exchange.<Exchange>find("connectionId = ?1 and payloadId = ?2", stored.connectionId,
                cart.orderMessagePayloadId).firstResult();
        if (sent == null) {
            throw new ShopException(410, "This cart was already returned",
                    "The cart was returned to your procurement system. To change it, edit the cart there.");
        }
        return new CheckedOut(CartView.of(cart, config.defaultCurrency()),
                form(stored, sent.document, cart.orderMessagePayloadId));
    }

    private static CheckoutForm form(PunchoutSession stored, String xml, String payloadId) {
        CartForm.FormField field = CartForm.encode(xml, stored.cartEncoding == CartEncoding.BASE64
                ? CartForm.Encoding.BASE64 : CartForm.Encoding.URLENCODED);
        return new CheckoutForm(stored.browserFormPostUrl, field.name(), field.value(), payloadId);
    }
}
