package io.procurewire.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything an operator can tune in the sandbox; documented key by key in application.properties and the README. */
@ConfigMapping(prefix = "procurewire.sandbox")
public interface SandboxConfig {

    OAuth oauth();

    RateLimit rateLimit();

    Faults faults();

    OrderPush orderPush();

    Buyer buyer();


    interface OAuth {
        /** Lifetime of issued access tokens (Coupa issues 2 h tokens; expires_in=7200). */
        @WithDefault("PT2H")
        Duration tokenLifetime();

        /** Client-credentials clients known at start, by client id. Admin API adds more at run time. */
        Map<String, Client> clients();

        interface Client {
            String secret();

            /** Space-separated scopes the client may ask for. */
            String scopes();
        }
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Sustained rate per API client (Coupa: 25 requests/s). */
        @WithDefault("25")
        double requestsPerSecond();

        /** Bucket size: requests allowed at once before the rate applies (Coupa: burst 20). */
        @WithDefault("20")
        int burst();
    }

    interface Faults {
        /** Share (0..1) of requests on fault-eligible paths answered with {@link #errorStatus()}. */
        @WithDefault("0")
        double errorRate();

        @WithDefault("503")
        int errorStatus();

        /** Latency added to every fault-eligible request. */
        @WithDefault("PT0S")
        Duration latency();

        /** Path prefix that always fails with {@link #failStatus()}. */
        Optional<String> failPath();

        @WithDefault("500")
        int failStatus();

        /** Path prefix whose requests get their connection closed without any response. */
        Optional<String> dropPath();

        /** Share (0..1) of fault-eligible requests whose connection is dropped. */
        @WithDefault("0")
        double dropRate();

        /** Paths faults may hit; /admin, /q and the buyer pages are never disturbed. */
        @WithDefault("/api/,/erp/,/cxml/,/oauth2/")
        List<String> eligiblePaths();
    }

    interface OrderPush {
        /** Attempts for an OrderRequest answered with 5xx or not answered (Coupa: retried 5 times, hourly). */
        @WithDefault("5")
        int maxAttempts();

        /** Wait between attempts (Coupa: 1 h; shorten for local runs and tests). */
        @WithDefault("PT1H")
        Duration retryDelay();

        /** How often due OrderRequests are looked for. */
        @WithDefault("5s")
        String pollInterval();

        /** Time limit for the supplier's answer (Coupa expects a reply within 60 s). */
        @WithDefault("PT60S")
        Duration timeout();
    }

    interface Buyer {
        /**
         * Public base URL of the sandbox as the buyer's browser reaches it, for the BrowserFormPost URL. Unset: the
         * base URL the browser used to open the requisition page.
         */
        Optional<String> publicUrl();

        /** UserAgent sent in the cXML Sender. */
        @WithDefault("Coupa Procurement 1.0")
        String userAgent();

        /** Time limit for the supplier's PunchOutSetupResponse. */
        @WithDefault("PT30S")
        Duration setupTimeout();
    }
}
