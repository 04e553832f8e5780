package io.procurewire.punchout.catalog;

import io.procurewire.punchout.PunchoutConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Signs every call to catalog-service with the configured service user (HTTP Basic), when one is configured. */
@ApplicationScoped
public class CatalogCredentials implements ClientHeadersFactory {

    /** The header value, built once: the service user cannot change while the service runs. Null: none configured. */
    private final String authorization;

    CatalogCredentials(PunchoutConfig config) {
        this.authorization = config.catalogUser().map(user -> "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + config.catalogPassword().orElse("")).getBytes(StandardCharsets.UTF_8))).orElse(null);
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (authorization != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
        return headers;
    }
}
