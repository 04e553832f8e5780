package io.procurewire.ordersync.platform;

/** Where and as whom to call one integration's buyer platform. The secret is resolved from configuration. */
public record PlatformTarget(long integrationId, String baseUrl, String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "PlatformTarget[" + integrationId + ", " + baseUrl + ", " + clientId + "]";
    }
}
