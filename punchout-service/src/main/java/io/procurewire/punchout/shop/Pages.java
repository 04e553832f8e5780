package io.procurewire.punchout.shop;

import io.procurewire.punchout.cart.CartView;
import io.procurewire.punchout.session.ShopSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The shop's server-rendered pages (src/main/resources/templates/shop); Qute escapes every value for HTML. */
@CheckedTemplate(basePath = "shop")
public class Pages {

    public static native TemplateInstance search(ShopSession session, CartSummary cart, SearchView results,
                                                 boolean possiblyStale, FacetView facets);

    public static native TemplateInstance item(ShopSession session, CartSummary cart, ItemView item,
                                               boolean possiblyStale, String quantityError, ProductDetails details);

    public static native TemplateInstance cart(ShopSession session, CartView cart, String quantityError);

    public static native TemplateInstance checkout(ShopSession session, CartView cart, CheckoutForm form);

    public static native TemplateInstance error(String title, String message, int status, String sessionBase);
}
