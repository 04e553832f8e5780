package io.procurewire.ordersync;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything under {@code procurewire.order-sync.*}; defaults live in application.properties. */
@ConfigMapping(prefix = "procurewire.order-sync")
public interface OrderSyncConfig {

    /**
     * Secrets by reference name (OAuth2 client secrets, ERP credentials, inbound cXML shared secrets of configured
     * integrations). Values come from a Kubernetes Secret via environment variables, never from a request body.
     * {@code allowed-urls} binds the secret to where it may be sent: an integration may use the reference only for a
     * base URL that starts with one of them, so no API caller can redirect a stored secret to a host of its choosing.
     */
    Map<String, SecretEntry> secrets();

    /** Integrations defined in configuration (GitOps); created or updated at start, read-only through the API. */
    Map<String, ConfiguredIntegration> integrations();

    Pull pull();

    Delivery delivery();

    Lease lease();

    Monitoring monitoring();

    /** PBKDF2-HMAC-SHA256 iterations for inbound cXML shared secrets stored from now on. */
    int secretHashIterations();

    interface SecretEntry {
        String value();

        /** Base URLs this secret may be sent to; empty: the secret cannot be used by any integration. */
        Optional<List<String>> allowedUrls();
    }

    interface ConfiguredIntegration {
        String platformUrl();

        String clientId();

        String clientSecretRef();

        @WithDefault("issued,cancelled,closed")
        List<String> statuses();

        @WithDefault("PT5M")
        Duration schedule();

        @WithDefault("1")
        int monitoringOption();

        String contactEmail();

        Optional<String> contactName();

        String erpUrl();

        Optional<String> erpCredentialsRef();

        @WithDefault("coupa-json")
        String erpFormat();

        Optional<String> confirmationUrl();

        /** Shared secret the ConfirmationRequest's Sender carries (bound to the confirmation URL). */
        Optional<String> confirmationSecretRef();

        Optional<Inbound> production();

        Optional<Inbound> test();

        /** The buyer platform's named API filter the pull passes as {@code filter=}. */
        Optional<String> filter();

        /** Only POs of these suppliers ({@code supplier[number][in]=}); absent: every supplier. */
        Optional<List<String>> supplierNumbers();

        /** Only POs created at or after this instant (ISO-8601 with offset) are exported; see IntegrationRequest. */
        Optional<java.time.OffsetDateTime> exportFrom();
    }

    interface Inbound {
        String fromDomain();

        String fromIdentity();

        String senderDomain();

        String senderIdentity();

        String sharedSecretRef();
    }

    interface Pull {
        /** Whether this replica runs scheduled pulls and deliveries (tests drive them themselves). */
        boolean scheduleEnabled();

        /** How often each replica looks for due integrations and due POs (a scheduler expression such as 5s). */
        String tick();

        /** Page size for listing purchase orders (Coupa answers at most 50). */
        int pageSize();

        /** Client-side token bucket per integration, to stay under the platform's limit (Coupa: 25/s, burst 20). */
        double requestsPerSecond();

        int burst();

        /** The longest Retry-After we wait inside a run; longer waits end the run, the next one continues. */
        Duration maxRetryAfter();

        /** How often a reconciliation pass (updated-at watermark, any export flag) runs per integration. */
        Duration reconcileEvery();

        /** How far the reconciliation watermark reaches back, for clock skew and in-flight transactions. */
        Duration reconcileOverlap();

        Duration connectTimeout();

        Duration readTimeout();
    }

    interface Delivery {
        /** Attempts of one step before the PO version is dead-lettered. */
        int maxAttempts();

        Duration backoffBase();

        Duration backoffMax();

        /** Orders claimed per database round trip (split between the workers of a run). */
        int batchSize();

        /**
         * POs of one run (or one delivery pass) worked on at the same time, each by its own thread holding its own
         * lease; the integration's token bucket still caps the calls to the buyer platform.
         */
        int workers();
    }

    interface Lease {
        /** How long a claim on a PO (or an integration's run) lasts without renewal; a crashed replica frees it after this. */
        Duration duration();
    }

    interface Monitoring {
        /** Option 1: the header custom field that carries the integration status. */
        String statusCustomField();
    }
}
