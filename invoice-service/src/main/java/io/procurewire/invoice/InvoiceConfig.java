package io.procurewire.invoice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    ReceiptPosting receiptPosting();

    /**
     * Posting receipts the supplier learned of to the buyer platform's receiving transactions. Off for every buyer
     * unless configured: a receiving transaction is the buyer's own confirmation that goods arrived.
     */
    interface ReceiptPosting {
        /** How often due postings are looked for ({@code off}: only on demand, POST /api/receipt-postings/run). */
        @WithDefault("5s")
        String pollInterval();

        /** Wait after a failed attempt (times the attempt number, at most 10x). */
        @WithDefault("PT30S")
        Duration retryDelay();

        /** Attempts (since the last re-queue) before a posting is parked as FAILED. */
        @WithDefault("10")
        int maxAttempts();

        /** A posting claimed longer ago than this (the worker died) is claimed again (looked up before re-posting). */
        @WithDefault("PT5M")
        Duration inFlightTimeout();

        /** Per buyer (the PO's buyer): whether and which receipts are posted. Unset buyer = not posted. */
        Map<String, Buyer> buyers();

        interface Buyer {
            /** Default false: the buyer must have agreed that our receipts stand for theirs. */
            @WithDefault("false")
            boolean enabled();

            /**
             * Which channels' receipts: {@code api} (REST receipts), {@code delivery-confirmation} (REST receipts with
             * that source), {@code ship-notice} (cXML ShipNoticeRequest; not by default: shipped is not received).
             */
            @WithDefault("api,delivery-confirmation")
            Set<String> sources();
        }
    }

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
