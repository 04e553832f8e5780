package io.procurewire.invoice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Every {@code procurewire.invoice.*} key; application.properties documents each one. */
@ConfigMapping(prefix = "procurewire.invoice")
public interface InvoiceConfig {

    /** Where PO data comes from: {@code buyer-platform} (Core API) or {@code stored-only} (only POs pushed to our API). */
    @WithDefault("buyer-platform")
    String poSource();

    /** How often the re-match queue is polled (events are re-matched within this time). */
    @WithDefault("500ms")
    String rematchPollInterval();

    /** How often matches parked for missing PO data are tried again. */
    @WithDefault("30s")
    String waitingRetryInterval();

    BuyerPlatform buyerPlatform();

    interface BuyerPlatform {
        /** OAuth2 client credentials of the Core API (secret from a Kubernetes Secret; unset = no token requested). */
        Optional<String> clientId();

        Optional<String> clientSecret();

        @WithDefault("core.purchase_order.read core.inventory.receiving.read core.invoice.read")
        String scope();

        /** Buyer name given to POs read from this platform (the Core API's PO has no buyer field). */
        @WithDefault("buyer")
        String buyerName();

        /** Renew the token this long before it expires. */
        @WithDefault("PT60S")
        Duration tokenRenewBefore();
    }
}
