package io.procurewire.punchout.shop;

import io.micrometer.core.instrument.MeterRegistry;
import io.procurewire.punchout.catalog.CatalogClient;
import io.procurewire.punchout.catalog.CatalogUnavailable;
import io.procurewire.punchout.session.ShopException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

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

    /**
     * catalog-service refuses this buyer's catalog (contract ended: 422, unknown contract: 404): the shopper can only
     * ask the supplier, and the supplier must hear of it — a WARN log and the metric
     * {@code procurewire_punchout_catalog_rejected_total{status}} to alert on.
     */
    @Provider
    public static class CatalogRefused implements ExceptionMapper<CatalogClient.CatalogRejected> {

        private static final Logger LOG = Logger.getLogger(CatalogRefused.class);

        @Inject
        MeterRegistry meters;

        @Override
        public Response toResponse(CatalogClient.CatalogRejected e) {
            meters.counter("procurewire_punchout_catalog_rejected_total", "status", String.valueOf(e.status())).increment();
            LOG.warnf("the shop cannot show a buyer's catalog: %s (check the connection's buyer code and contract, "
                    + "and the contract's dates in catalog-service)", e.getMessage());
            return page(503, "This catalog is not available",
                    "The supplier's catalog cannot be shown for your organisation right now. "
                            + "Please contact the supplier; they have been notified.", null, false);
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
        return page(status, title, message, sessionBase, status == 503);
    }

    static Response page(int status, String title, String message, String sessionBase, boolean retrySoon) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Retry-After", retrySoon ? "5" : null)
                .entity(Pages.error(title, message, status, sessionBase).render()).build();
    }
}
