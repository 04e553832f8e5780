package io.procurewire.ordersync.integration;

import io.procurewire.ordersync.OrderSyncConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Secrets by reference, from configuration (a Kubernetes Secret in production). A reference is usable only for the
 * URLs configured with it, so an admin API call can choose which secret an integration uses, but never where it goes.
 */
@ApplicationScoped
public class SecretStore {

    private final OrderSyncConfig config;

    SecretStore(OrderSyncConfig config) {
        this.config = config;
    }

    public boolean exists(String ref) {
        return ref != null && config.secrets().containsKey(ref);
    }

    /** Whether secret {@code ref} may be sent to {@code url} (the URL starts with one of its allowed URLs). */
    public boolean allowedFor(String ref, String url) {
        OrderSyncConfig.SecretEntry entry = ref == null ? null : config.secrets().get(ref);
        if (entry == null || url == null) {
            return false;
        }
        List<String> allowed = entry.allowedUrls().orElse(List.of());
        return allowed.stream().anyMatch(prefix -> matchesPrefix(url, prefix));
    }

    /** The secret for a call to {@code url}; empty when unknown or not bound to that URL. */
    public Optional<String> resolve(String ref, String url) {
        return allowedFor(ref, url) ? Optional.of(config.secrets().get(ref).value()) : Optional.empty();
    }

    /** For secrets that are never sent anywhere (inbound shared secrets of configured integrations). */
    public Optional<String> value(String ref) {
        return Optional.ofNullable(ref == null ? null : config.secrets().get(ref)).map(OrderSyncConfig.SecretEntry::value);
    }

    static boolean matchesPrefix(String url, String prefix) {
        String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        if (p.endsWith(":*")) {
            // "http://localhost:*": that scheme and host on any port (local runs and tests use random ports)
            String host = p.substring(0, p.length() - 2);
            return url.startsWith(host + ":") && url.substring(host.length() + 1).matches("\\d+(/.*)?");
        }
        // "http://a:1" must not admit "http://a:10" or "http://a:1.evil": the prefix ends at a path boundary
        return url.equals(p) || url.startsWith(p + "/");
    }
}
