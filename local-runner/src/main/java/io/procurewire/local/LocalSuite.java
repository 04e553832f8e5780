package io.procurewire.local;

import io.procurewire.local.demo.DemoSeed;
import io.procurewire.local.demo.ServiceApi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/run-local}: the whole suite on one machine. An embedded PostgreSQL (a real server shipped in a Maven
 * jar, data kept in .local/postgres between runs), then every built service as its own JVM with its own database,
 * exactly as in production apart from the database host. Prints where each one listens; Ctrl-C stops them all.
 */
public final class LocalSuite {

    private LocalSuite() {
    }

    public static void main(String[] args) throws Exception {
        quietDatabaseStartLog();
        SuiteCommand command;
        try {
            command = SuiteCommand.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path root = Path.of("").toAbsolutePath();
        SuiteProcesses suite = new SuiteProcesses(root, command.listen());
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "procurewire-local-stop"));
        int exit = run(root, command, suite);
        if (command.smoke() || exit != 0) {
            System.exit(exit);
        }
        Thread.currentThread().join(); // until Ctrl-C; the shutdown hook stops everything
    }

    /**
     * Embedded PostgreSQL logs every initdb and server line at INFO, which buries the table this runner prints; its
     * warnings and errors still show. The server's own log is in the data directory.
     */
    static void quietDatabaseStartLog() {
        java.util.logging.Logger.getLogger("io.zonky").setLevel(java.util.logging.Level.WARNING);
    }

    /** Loads the demo through the services' APIs and prints the next step; false when a call failed. */
    static boolean loadDemo(Map<String, ServiceSpec> byName) {
        System.out.println();
        System.out.println("Loading the demo (through the services' admin APIs; a second run changes nothing):");
        try {
            new DemoSeed(demoServices(byName), System.out::println).run();
        } catch (ServiceApi.SetupFailed failed) {
            System.out.println("The demo could not be loaded: " + failed.getMessage());
            return false;
        }
        String sandbox = byName.get("sandbox").baseUrl();
        System.out.printf("Next: open %s/requisitions, pick Pat Buyer, create a requisition and \"Shop at %s\"; "
                + "search for \"nitrile\" and order 60 boxes of GLV-NIT-1-M to see the contract tier price.%n",
                sandbox, DemoSeed.SITE_NAME);
        if (byName.containsKey("order-sync-service")) {
            System.out.printf("      Approve the requisition: within a minute order-sync-service puts the PO into the sandbox's "
                    + "ERP (%s/erp/api/purchase-orders, status page %s/status/%s).%n", sandbox,
                    byName.get("order-sync-service").baseUrl(), DemoSeed.INTEGRATION_CODE);
        }
        if (byName.containsKey("invoice-service")) {
            System.out.printf("      Invoice it: scripts/demo-invoice <PO number> sends the delivery and the invoice as cXML to "
                    + "invoice-service, which matches it (%s/api/invoices?supplier=%s) and sends it to the sandbox, "
                    + "which accepts it (its Core API's /api/invoices).%n", byName.get("invoice-service").baseUrl(),
                    DemoSeed.SUPPLIER_NUMBER);
        }
        return true;
    }

    static DemoSeed.Services demoServices(Map<String, ServiceSpec> byName) {
        java.util.function.Function<String, ServiceApi> api = name -> byName.containsKey(name)
                ? new ServiceApi(byName.get(name).baseUrl(), SuiteProcesses.LOCAL_ADMIN_USER,
                SuiteProcesses.LOCAL_ADMIN_PASSWORD) : null;
        return new DemoSeed.Services(api.apply("catalog-service"), api.apply("punchout-service"), api.apply("sandbox"),
                api.apply("order-sync-service"), api.apply("invoice-service"));
    }

    static int run(Path root, SuiteCommand command, SuiteProcesses suite) throws IOException, InterruptedException {
        List<ServiceSpec> services = command.selected().stream().filter(suite::isBuilt).toList();
        if (services.isEmpty()) {
            System.err.println("No built service found. Build first: ./mvnw -DskipTests package");
            return 1;
        }
        Path dataDirectory = root.resolve(".local/postgres");
        if (command.freshDatabase()) {
            SuiteProcesses.deleteRecursively(dataDirectory);
        }
        System.out.printf("Starting embedded PostgreSQL on localhost:%d (data in %s)%n", command.postgresPort(),
                root.relativize(dataDirectory));
        suite.startPostgres(command.postgresPort(), dataDirectory);
        Map<String, ServiceSpec> byName = new LinkedHashMap<>();
        services.forEach(service -> byName.put(service.name(), service));
        for (ServiceSpec service : services) {
            System.out.printf("Starting %-20s on port %d (log: .local/logs/%s.log)%n", service.name(), service.port(),
                    service.name());
            suite.launch(service, SuiteProcesses.wiring(service, byName));
        }
        boolean allReady = true;
        for (SuiteProcesses.Running service : suite.running()) {
            allReady &= suite.awaitReady(service);
        }
        System.out.println();
        System.out.println(allReady ? "Procurewire is running:" : "Procurewire started with errors:");
        System.out.printf("  %-20s %-24s %s%n", "service", "url", "health / api docs (management port)");
        for (SuiteProcesses.Running service : suite.running()) {
            String management = service.spec().managementUrl();
            System.out.printf("  %-20s %-24s %s/q/health  %s/q/swagger-ui%n", service.spec().name(), service.baseUrl(),
                    management, management);
        }
        System.out.printf("  %-20s localhost:%d (user postgres, password postgres)%n", "postgresql", command.postgresPort());
        System.out.printf("  admin APIs of every service: user %s, password %s (local-only credentials: never expose this"
                + " run beyond this machine)%n", SuiteProcesses.LOCAL_ADMIN_USER, SuiteProcesses.LOCAL_ADMIN_PASSWORD);
        if (byName.containsKey("sandbox")) {
            System.out.printf("  sandbox buyer pages: %s/requisitions%n", byName.get("sandbox").baseUrl());
        }
        System.out.println(SuiteProcesses.DEFAULT_LISTEN_ADDRESS.equals(command.listen())
                ? "  listening on 127.0.0.1 only (this machine); --listen 0.0.0.0 opens it to the network"
                : "  listening on " + command.listen() + ": reachable from the network with local-only credentials");
        if (allReady && command.demo()) {
            if (!loadDemo(byName)) {
                return 1;
            }
        }
        if (!command.smoke()) {
            System.out.println("Press Ctrl-C to stop.");
        }
        return allReady ? 0 : 1;
    }
}
