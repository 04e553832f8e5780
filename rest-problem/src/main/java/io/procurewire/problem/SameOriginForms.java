package io.procurewire.problem;

import jakarta.ws.rs.core.HttpHeaders;

import java.net.URI;

/**
 * Cross-site request protection for the suite's server-rendered pages with forms (order-sync's status page,
 * invoice-service's exceptions page, the sandbox's set-up pages). Browsers send {@code Sec-Fetch-Site} and/or
 * {@code Origin} with every form POST; a POST is accepted only when they say it comes from this host. Clients that
 * are not browsers use the JSON APIs instead, so a POST without either header is refused too.
 */
public final class SameOriginForms {

    private SameOriginForms() {
    }

    /** Refuses the request with a 403 problem unless it is a form post from a page of this host. */
    public static void require(HttpHeaders headers) {
        if (!allowed(headers.getHeaderString("Sec-Fetch-Site"), headers.getHeaderString("Origin"),
                headers.getHeaderString("Host"))) {
            throw new ProblemException(403, "Forbidden", "cross-site form posts are refused; use the page itself");
        }
    }

    public static boolean allowed(String fetchSite, String origin, String host) {
        if (fetchSite != null && !fetchSite.equals("same-origin")) {
            return false;
        }
        if (origin == null) {
            return fetchSite != null;
        }
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return host != null && originHost.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
