package io.procurewire.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Every procurewire.catalog.* key; each is documented in application.properties and the README. */
@ConfigMapping(prefix = "procurewire.catalog")
public interface CatalogConfig {

    /** Currency of quotes and buyer views when no contract applies. */
    @WithDefault("USD")
    String defaultCurrency();

    /** Supplier ID written to CIF exports (the supplier's network ID at the buyer, e.g. its DUNS). */
    @WithDefault("procurewire")
    String supplierId();

    /** SUPPLIERID_DOMAIN of CIF exports (DUNS, NetworkID, ...). */
    @WithDefault("NetworkID")
    String supplierIdDomain();

    /** Largest page a search may ask for. */
    @WithDefault("100")
    int maxPageSize();

    /**
     * Most matches one search ranks and counts: a query matching more shows the best of the first this many found,
     * and its total reads "this many or more" (SearchPage.totalCapped). Bounds the work of a broad word.
     */
    @WithDefault("1000")
    int searchMaxMatches();

    /** Most lines one price quote may carry. */
    @WithDefault("500")
    int maxQuoteLines();

    Sync sync();

    /**
     * The buyer platforms sync targets may push to, by name: procurewire.catalog.platforms.&lt;name&gt;.*. Where a
     * platform is and which credentials go there are configuration only, never taken from a request, so a client
     * secret only ever travels to the platform it belongs to.
     */
    Map<String, Platform> platforms();

    interface Platform {
        /** The platform's base URL; the OAuth2 token endpoint and the items API are under it. */
        String baseUrl();

        /** OAuth2 client id of our API client on that platform. */
        String clientId();

        /** Its client secret, from a Kubernetes Secret (env PROCUREWIRE_CATALOG_PLATFORMS_&lt;NAME&gt;_CLIENT_SECRET). */
        Optional<String> clientSecret();

        /** Webhook for alerts of this platform's targets (default: procurewire.catalog.sync.alert-webhook-url). */
        Optional<String> alertWebhookUrl();
    }

    interface Sync {
        /** Whether this replica runs scheduled syncs at all (manual runs work regardless). */
        @WithDefault("true")
        boolean scheduleEnabled();

        /** How often this replica looks for due sync targets (a Quarkus scheduler period such as 1m or 30s). */
        @WithDefault("1m")
        String tick();

        /** How often each sync target with schedule enabled is synced. */
        @WithDefault("1h")
        Duration interval();

        /** How long a replica holds a target's lease while a run is under way; a crashed run frees it after this. */
        @WithDefault("30m")
        Duration lease();

        /** Page size when reading the buyer platform's items (Coupa allows at most 50). */
        @WithDefault("50")
        int pageSize();

        /** Requests per second this service sends to one buyer platform (Coupa: 25/s, burst 20). */
        @WithDefault("20")
        int maxRequestsPerSecond();

        /** How often one call is repeated after a 429 before the item counts as failed. */
        @WithDefault("5")
        int maxRateLimitWaits();

        /** Longest Retry-After honoured; longer answers are capped to this. */
        @WithDefault("30s")
        Duration maxRetryAfter();

        /** Connect timeout of calls to the buyer platform. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Read timeout of calls to the buyer platform. */
        @WithDefault("10s")
        Duration readTimeout();

        /** Webhook receiving a JSON alert when a run has failed items (empty: alerts are records and WARN logs only). */
        Optional<String> alertWebhookUrl();

        /** How often one item's create is sent when it fails without an answer (looked up before each repeat). */
        @WithDefault("3")
        int maxCreateAttempts();

        /** The circuit breaker each buyer platform has of its own. */
        Breaker circuitBreaker();

        interface Breaker {
            /** Calls in the rolling window the failure ratio is judged on. */
            @WithDefault("20")
            int requestVolumeThreshold();

            /** Share of failed calls in the window that opens the breaker. */
            @WithDefault("0.5")
            double failureRatio();

            /** How long an open breaker stays open before trying the platform again. */
            @WithDefault("30s")
            Duration delay();
        }
    }
}
