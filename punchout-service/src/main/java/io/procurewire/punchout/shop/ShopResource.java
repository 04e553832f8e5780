package io.procurewire.punchout.shop;

import io.procurewire.punchout.cart.InvalidQuantity;

import io.procurewire.punchout.PunchoutConfig;
import io.procurewire.punchout.cart.CartService;
import io.procurewire.punchout.catalog.CatalogClient;
import io.procurewire.punchout.catalog.CatalogDtos.CatalogItem;
import io.procurewire.punchout.catalog.CatalogDtos.Facets;
import io.procurewire.punchout.catalog.CatalogDtos.SearchPage;
import io.procurewire.punchout.catalog.Fetched;
import io.procurewire.punchout.session.SessionService;
import io.procurewire.punchout.session.ShopException;
import io.procurewire.punchout.session.ShopSession;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The shop a punching-out user sees. The StartPage URL is redeemed once and answered with a redirect into
 * {@code /shop/<session key>/}: the session key in the path is the session's only credential (no cookie, so that
 * the shop works in a third-party iframe where browsers block cookies); see README "Sessions".
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll // Open by design: the browser holds an unguessable session key from the StartPage, never a login.
public class ShopResource {

    private final SessionService sessions;
    private final CatalogClient catalog;
    private final CartService carts;
    private final CheckoutService checkout;
    private final PunchoutConfig config;
    private final ManagedExecutor executor;

    public ShopResource(SessionService sessions, CatalogClient catalog, CartService carts, CheckoutService checkout,
                        PunchoutConfig config, ManagedExecutor executor) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.carts = carts;
        this.checkout = checkout;
        this.config = config;
        this.executor = executor;
    }

    @GET
    @Path("/punchout/start/{token}")
    public Response start(@PathParam("token") String token) {
        String sessionKey = sessions.redeem(token);
        return Response.seeOther(URI.create("/shop/" + sessionKey + "/")).build();
    }

    @GET
    @Path("/shop/{key}")
    public TemplateInstance search(@PathParam("key") String key, @QueryParam("q") String query,
                                   @QueryParam("unspsc") String unspsc, @QueryParam("manufacturer") String manufacturer,
                                   @QueryParam("page") @DefaultValue("0") int page) {
        ShopSession session = sessions.resolve(key);
        int size = config.shopPageSize();
        int safePage = Math.max(0, Math.min(page, 10_000));
        // the facet counts are asked for at the same time as the results (on another worker), not after them: the page
        // waits for the slower of the two calls, not for their sum. The facets call never fails (its fallback answers).
        CompletableFuture<Fetched<Facets>> facets = CompletableFuture.supplyAsync(
                () -> catalog.facets(session.buyerCode(), session.contractCode(), query, unspsc, manufacturer), executor);
        Fetched<SearchPage> found;
        try {
            found = catalog.search(session.buyerCode(), session.contractCode(), query, unspsc, manufacturer, safePage,
                    size);
        } catch (RuntimeException e) {
            facets.cancel(false);
            throw e;
        }
        List<CatalogItem> items = found.value().items() == null ? List.of() : found.value().items();
        SearchView results = SearchView.of(items.stream().map(i -> ItemView.of(i, session.base())).toList(),
                query, unspsc, manufacturer, safePage, size, found.value().total(), found.value().totalCapped(),
                session.base());
        return Pages.search(session, new CartSummary(session.cartLines()), results, found.possiblyStale(),
                FacetView.of(facets.join().value(), query, unspsc, manufacturer, session.base()));
    }

    @GET
    @Path("/shop/{key}/items/{partId}")
    public TemplateInstance item(@PathParam("key") String key, @PathParam("partId") String partId,
                                 @QueryParam("aux") String aux, @QueryParam("quantityError") String quantityError,
                                 @QueryParam("unit") String unit) {
        ShopSession session = sessions.resolve(key);
        Fetched<Optional<CatalogItem>> found = catalog.item(session.buyerCode(), session.contractCode(), partId, aux);
        CatalogItem item = found.value().orElseThrow(() -> new ShopException(404, "Item not found",
                "Item " + partId + " is not in your catalog.", session.base()));
        return Pages.item(session, new CartSummary(session.cartLines()), ItemView.of(item, session.base()),
                found.possiblyStale(),
                InvalidQuantity.message(quantityError, unit, config.maxLineQuantity()).orElse(null),
                ProductDetails.of(item));
    }

    @GET
    @Path("/shop/{key}/cart")
    public TemplateInstance cart(@PathParam("key") String key, @QueryParam("quantityError") String quantityError,
                                 @QueryParam("unit") String unit) {
        ShopSession session = sessions.resolve(key);
        return Pages.cart(session, carts.repricedView(session),
                InvalidQuantity.message(quantityError, unit, config.maxLineQuantity()).orElse(null));
    }

    @POST
    @Path("/shop/{key}/cart/add")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("key") String key, @FormParam("partId") String partId, @FormParam("aux") String aux,
                        @FormParam("quantity") String quantity) {
        ShopSession session = sessions.resolve(key);
        try {
            carts.add(session, partId, aux, quantity);
        } catch (InvalidQuantity invalid) {
            // back to the item with the reason next to its quantity field, not to a bare error page
            String item = session.base() + "/items/" + ItemView.encode(partId) + "?"
                    + (aux == null || aux.isBlank() ? "" : "aux=" + ItemView.encode(aux) + "&")
                    + errorQuery(invalid);
            return Response.seeOther(URI.create(item)).build();
        }
        return toCart(session);
    }

    @POST
    @Path("/shop/{key}/cart/lines/{lineId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("key") String key, @PathParam("lineId") long lineId,
                           @FormParam("quantity") String quantity) {
        ShopSession session = sessions.resolve(key);
        try {
            carts.update(session, lineId, quantity);
        } catch (InvalidQuantity invalid) {
            return Response.seeOther(URI.create(session.base() + "/cart?" + errorQuery(invalid))).build();
        }
        return toCart(session);
    }

    @POST
    @Path("/shop/{key}/cart/lines/{lineId}/remove")
    public Response remove(@PathParam("key") String key, @PathParam("lineId") long lineId) {
        ShopSession session = sessions.resolve(key);
        carts.remove(session, lineId);
        return toCart(session);
    }

    /**
     * Prices the cart afresh, closes the session and answers the page that posts the cart to the buyer; when prices
     * changed, the cart page (409) shows which, and nothing is handed back. A repeated checkout answers the same page.
     */
    @POST
    @Path("/shop/{key}/checkout")
    public Response checkout(@PathParam("key") String key) {
        ShopSession session = sessions.resolveForCheckout(key);
        CheckoutService.CheckedOut done = checkout.checkout(session);
        if (done.form() == null) {
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Pages.cart(session, done.cart(), null).render()).build();
        }
        return Response.ok(Pages.checkout(session, done.cart(), done.form()).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /**
     * "Cancel and return": the buyer leaves without buying. The cart is emptied and handed back like any checkout, as
     * an empty PunchOutOrderMessage, which buyer platforms take as "nothing bought" and return the user to the
     * requisition.
     */
    @POST
    @Path("/shop/{key}/cancel")
    public Response cancel(@PathParam("key") String key) {
        ShopSession session = sessions.resolveForCheckout(key);
        if (!session.closed()) {
            carts.clear(session);
        }
        return checkout(key);
    }

    private static String errorQuery(InvalidQuantity invalid) {
        return "quantityError=" + invalid.problem().name()
                + (invalid.unit() == null ? "" : "&unit=" + ItemView.encode(invalid.unit()));
    }

    private static Response toCart(ShopSession session) {
        return Response.seeOther(URI.create(session.base() + "/cart")).build();
    }
}
