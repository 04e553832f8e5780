package io.procurewire.local;

import java.nio.file.Path;
import java.util.List;

/** One application of the suite as the local runner starts it: its Maven module, HTTP port and database. */
public record ServiceSpec(String name, String module, int port, String database) {

    /** The suite in start order; ports are the architecture's local defaults. */
    public static final List<ServiceSpec> SUITE = List.of(
            new ServiceSpec("catalog-service", "catalog-service", 8082, "catalog"),
            new ServiceSpec("punchout-service", "punchout-service", 8081, "punchout"),
            new ServiceSpec("order-sync-service", "order-sync-service", 8083, "ordersync"),
            new ServiceSpec("invoice-service", "invoice-service", 8084, "invoice"),
            new ServiceSpec("sandbox", "sandbox", 8090, "sandbox"));

    /** The fast-jar launcher Quarkus builds into the module's target directory. */
    public Path launcher(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The same service on another port (end-to-end tests run the suite on free ports). */
    public ServiceSpec onPort(int otherPort) {
        return new ServiceSpec(name, module, otherPort, database);
    }

    public static ServiceSpec named(String name) {
        return SUITE.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + name));
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
