package io.procurewire.invoice.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** {@code procurewire.invoice.delivery.*}: where matched invoices go; application.properties documents each key. */
@ConfigMapping(prefix = "procurewire.invoice.delivery")
public interface DeliveryConfig {

    /** How often queued deliveries are looked for. */
    @WithDefault("2s")
    String pollInterval();

    /** Wait after a failed attempt (times the attempt number, at most 10×). */
    @WithDefault("PT30S")
    Duration retryDelay();

    /** Attempts before a delivery is parked as FAILED. */
    @WithDefault("20")
    int maxAttempts();

    /** A delivery claimed longer ago than this (the sender died) is sent again, with the same payloadID. */
    @WithDefault("PT5M")
    Duration inFlightTimeout();

    /** Host part of the payloadIDs of sent invoices. */
    @WithDefault("procurewire-invoice")
    String payloadHost();

    /** Buyers by name (the invoice's buyer): their cXML invoice URL and credentials. Unset buyer = not sent. */
    Map<String, Buyer> buyers();

    interface Buyer {
        /** The buyer platform's cXML invoice URL, e.g. https://acme.coupahost.com/cxml/invoices. */
        String cxmlUrl();

        /** Our identity at the buyer (the supplier's From credential). */
        String fromDomain();

        String fromIdentity();

        String toDomain();

        String toIdentity();

        /** Default: the From domain. */
        Optional<String> senderDomain();

        /** Default: the From identity. */
        Optional<String> senderIdentity();

        /** The shared secret the buyer gave us (from a Secret). */
        String sharedSecret();

        /** deploymentMode of the documents: production or test. */
        @WithDefault("production")
        String deploymentMode();
    }
}
