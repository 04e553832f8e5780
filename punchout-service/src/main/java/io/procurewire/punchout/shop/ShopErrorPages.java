package io.procurewire.punchout.shop;

import io.procurewire.punchout.catalog.CatalogUnavailable;
import io.procurewire.punchout.session.ShopException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Shoppers get readable pages, never problem JSON or stack traces. */
public final class ShopErrorPages {

    private ShopErrorPages() {
    }

    @Provider
    public static class ShopFailures implements ExceptionMapper<ShopException> {
        @Override
        public Response toResponse(ShopException e) {
            return page(e.status(), e.title(), e.getMessage(), e.sessionBase());
        }
    }

    @Provider
    public static class CatalogDown implements ExceptionMapper<CatalogUnavailable> {
        @Override
        public Response toResponse(CatalogUnavailable e) {
            return page(503, "The catalog is temporarily unavailable",
                    "We could not reach the catalog just now. Please try again in a moment.", null);
        }
    }

    static Response page(int status, String title, String message, String sessionBase) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Retry-After", status == 503 ? "5" : null)
                .entity(Pages.error(title, message, status, sessionBase).render()).build();
    }
}
