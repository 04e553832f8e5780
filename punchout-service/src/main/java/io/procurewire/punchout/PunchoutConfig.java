package io.procurewire.punchout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Every {@code procurewire.punchout.*} key; application.properties documents each one. */
@ConfigMapping(prefix = "procurewire.punchout")
public interface PunchoutConfig {

    /**
     * Base URL buyers and browsers reach this service at (behind the load balancer), without trailing slash. Required:
     * no production default (a missing value stops the start naming this key).
     */
    String publicBaseUrl();

    /** The OrderRequest (PO push) URL of order-sync-service that admins hand to buyers, production credential set. */
    String orderRequestUrl();

    /** The same for the test credential set. */
    String orderRequestTestUrl();

    /** How long a StartPage URL can be redeemed (once). */
    @WithDefault("PT5M")
    Duration startTokenTtl();

    /** A shopping session ends after this much inactivity. */
    @WithDefault("PT30M")
    Duration sessionIdleTimeout();

    /** Accepted difference between a request's timestamp and our clock. */
    @WithDefault("PT15M")
    Duration maxClockSkew();

    /**
     * How long exchanges stay in the audit log; a payloadID is refused as a replay as long as its row exists (except
     * after a 5xx Status answer: its retry is let through).
     */
    @WithDefault("P90D")
    Duration auditRetention();

    /** A checkout re-prices the cart; it refuses any price quoted longer ago than this. */
    @WithDefault("PT10M")
    Duration maxPriceAge();

    /** How long the last good catalog answers are kept for the degraded mode (catalog-service unreachable). */
    @WithDefault("PT10M")
    Duration catalogCacheTtl();

    /** Bound of the in-memory fallback cache (entries). */
    @WithDefault("5000")
    int catalogCacheSize();

    /** PBKDF2-HMAC-SHA256 iterations for newly stored shared secrets (stored hashes carry their own count). */
    @WithDefault("120000")
    int secretHashIterations();

    /**
     * Most PBKDF2 verifications running at once (0 = one per available processor); beyond it a setup request that
     * needs one is answered 401 at once, so junk on the public punchout URL cannot take every core.
     */
    @WithDefault("0")
    int maxConcurrentSecretChecks();

    /** Page size of the shop's search results. */
    @WithDefault("20")
    int shopPageSize();

    /** Currency of an empty cart's Total (a cart with lines uses its lines' currency). */
    @WithDefault("USD")
    String defaultCurrency();

    /** Largest accepted quantity of a cart line. */
    @WithDefault("1000000")
    int maxLineQuantity();

    /**
     * The user punchout-service signs in to catalog-service as (HTTP Basic; a role that reads, e.g. viewer). Unset:
     * calls go without credentials and a secured catalog-service refuses them.
     */
    Optional<String> catalogUser();

    Optional<String> catalogPassword();

    /** Rows the retention purge deletes per transaction. */
    @WithDefault("1000")
    int purgeBatchSize();

    /** How the shop presents the supplier to buyers. */
    Branding branding();

    interface Branding {
        /** The supplier's name in the shop's header; empty shows only the buyer's name. */
        Optional<String> supplierName();

        /** An http(s) URL of the supplier's logo, shown in the header. */
        Optional<String> logoUrl();

        /** Header background colour, a CSS hex colour (#rgb or #rrggbb). */
        @WithDefault("#1d3557")
        String headerColour();

        /** Header text colour, a CSS hex colour. */
        @WithDefault("#ffffff")
        String headerTextColour();
    }
}
