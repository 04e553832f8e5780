package io.procurewire.invoice.po;

import io.procurewire.invoice.InvoiceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.util.Optional;

/**
 * Chooses the PO source by {@code procurewire.invoice.po-source}: {@code buyer-platform} reads the Core API;
 * {@code stored-only} knows only the POs pushed to {@code PUT /api/purchase-orders/{poNumber}} (an order-sync-service
 * source plugs in here once its PO API exists).
 */
class PoSources {

    @Produces
    @ApplicationScoped
    PoSource poSource(InvoiceConfig config, BuyerPlatformClient buyerPlatform) {
        return switch (config.poSource()) {
            case "buyer-platform" -> poNumber -> {
                PoLookup lookup = buyerPlatform.purchaseOrder(poNumber);
                if (lookup.unavailable()) {
                    throw new PoSource.PoSourceUnavailable(lookup.reason(), null);
                }
                return Optional.ofNullable(lookup.order());
            };
            case "stored-only" -> poNumber -> Optional.empty();
            default -> throw new IllegalArgumentException("procurewire.invoice.po-source must be buyer-platform or "
                    + "stored-only, not " + config.poSource());
        };
    }
}
