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

    ReceivingPull receivingPull();

    /** Pulling goods receipts from the buyer platform's receiving transactions. */
    interface ReceivingPull {
        /** Schedule of the pull ({@code off} disables the schedule; the admin API still runs it on demand). */
        @WithDefault("5m")
        String interval();

        /** Each run re-reads this much before the watermark, for transactions committed late with a lower id. */
        @WithDefault("PT10M")
        Duration overlap();

        /** Transactions per page (the Core API answers at most 50). */
        @WithDefault("50")
        int pageSize();

        /** How long a run's lease lasts without renewal (renewed after every page). */
        @WithDefault("PT5M")
        Duration lease();
    }

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
