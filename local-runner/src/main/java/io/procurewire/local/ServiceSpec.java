package io.procurewire.local;

import java.nio.file.Path;
import java.util.List;

/**
 * One application of the suite as the local runner starts it: its Maven module, service port, management port
 * (health, metrics, OpenAPI) and database.
 */
public record ServiceSpec(String name, String module, int port, int managementPort, String database) {

    /** The suite in start order; ports are the architecture's local defaults (management = service port + 1000). */
    public static final List<ServiceSpec> SUITE = List.of(
            new ServiceSpec("catalog-service", "catalog-service", 8082, 9082, "catalog"),
            new ServiceSpec("punchout-service", "punchout-service", 8081, 9081, "punchout"),
            new ServiceSpec("order-sync-service", "order-sync-service", 8083, 9083, "ordersync"),
            new ServiceSpec("invoice-service", "invoice-service", 8084, 9084, "invoice"),
            new ServiceSpec("sandbox", "sandbox", 8090, 9090, "sandbox"));

    /** The fast-jar launcher Quarkus builds into the module's target directory. */
    public Path launcher(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The same service on other ports (end-to-end tests run the suite on free ports). */
    public ServiceSpec onPorts(int otherPort, int otherManagementPort) {
        return new ServiceSpec(name, module, otherPort, otherManagementPort, database);
    }

    public static ServiceSpec named(String name) {
        return SUITE.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + name));
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Where /q/health, /q/metrics, /q/openapi and /q/swagger-ui answer. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }
}
