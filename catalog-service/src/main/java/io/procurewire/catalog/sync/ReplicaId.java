package io.procurewire.catalog.sync;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.UUID;

/**
 * This replica's name in sync leases: the pod's HOSTNAME (Kubernetes sets it to the pod name) plus a random suffix
 * drawn when the service starts, so two pods, or two starts of one pod, never share it. Computed at run time, not in
 * a static initializer: a native image would otherwise bake one value into every pod.
 */
@Startup
@ApplicationScoped
public class ReplicaId {

    private static final Logger LOG = Logger.getLogger(ReplicaId.class);
    private static final int MAX_LENGTH = 100; // sync_target.lease_owner

    private final String value;

    ReplicaId() {
        this(System.getenv());
    }

    ReplicaId(Map<String, String> environment) {
        String host = environment.get("HOSTNAME");
        String prefix = host == null || host.isBlank() ? "replica" : host.trim();
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        this.value = (prefix.length() + suffix.length() > MAX_LENGTH
                ? prefix.substring(0, MAX_LENGTH - suffix.length()) : prefix) + suffix;
        LOG.debugf("catalog sync replica id %s", value);
    }

    public String value() {
        return value;
    }
}
