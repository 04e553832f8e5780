package io.procurewire.ordersync.erp;

/** One integration's ERP endpoint and the resolved credential (or none). */
public record ErpTarget(long integrationId, String url, String credential) {

    /** "user:password" goes as HTTP Basic, anything else as a bearer token. */
    String authorization() {
        if (credential == null || credential.isEmpty()) {
            return null;
        }
        if (credential.contains(":")) {
            return "Basic " + java.util.Base64.getEncoder().encodeToString(
                    credential.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return "Bearer " + credential;
    }

    @Override
    public String toString() {
        return "ErpTarget[" + integrationId + ", " + url + "]";
    }
}
