package io.procurewire.ordersync;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** This replica's name in leases: pid plus a random part, computed at run time (never in a static initialiser). */
@ApplicationScoped
public class Instance {

    private final String id = "replica-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);

    public String id() {
        return id;
    }
}
