package io.procurewire.local;

import io.procurewire.local.demo.DemoSeed;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The suite as real processes: an embedded PostgreSQL and each service's fast-jar in its own JVM with its own
 * database. Used by {@code scripts/run-local} and by the end-to-end tests, which start the services exactly as an
 * operator would, only on free ports.
 */
public final class SuiteProcesses implements AutoCloseable {

    /** How long a service may take to become ready; raise it on a crowded machine (-Dprocurewire.ready-timeout-seconds). */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("procurewire.ready-timeout-seconds", 180));

    /** Loopback unless the user opens the suite to the network (scripts/run-local --listen). */
    public static final String DEFAULT_LISTEN_ADDRESS = "127.0.0.1";

    private final Path root;
    private final String listenAddress;
    private final List<Running> running = new ArrayList<>();
    private EmbeddedPostgres postgres;

    /** A started service: where it listens and where it logs. */
    public record Running(ServiceSpec spec, Process process, Path log) {
        public String baseUrl() {
            return spec.baseUrl();
        }
    }

    public SuiteProcesses(Path root) {
        this(root, DEFAULT_LISTEN_ADDRESS);
    }

    public SuiteProcesses(Path root, String listenAddress) {
        this.root = root;
        this.listenAddress = listenAddress;
    }

    /**
     * Starts PostgreSQL. {@code dataDirectory} null means a throw-away server on a free port (tests); otherwise the
     * data is kept there between runs.
     */
    public void startPostgres(int port, Path dataDirectory) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "300");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            Files.createDirectories(dataDirectory.getParent());
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        } else {
            builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
        }
        postgres = builder.start();
    }

    public int postgresPort() {
        return postgres.getPort();
    }

    public void createDatabaseIfMissing(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name); // names come from ServiceSpec, never from input
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Where a service listens: the runner's address, its service port and its management port. */
    public Map<String, String> listenEnvironment(ServiceSpec service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", listenAddress);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        env.put("QUARKUS_MANAGEMENT_HOST", listenAddress);
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(service.managementPort()));
        return env;
    }

    /** Environment every service needs: where it listens, and its database on this PostgreSQL. */
    public Map<String, String> baseEnvironment(ServiceSpec service) {
        Map<String, String> env = listenEnvironment(service);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + postgresPort() + "/" + service.database());
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        return env;
    }

    public boolean isBuilt(ServiceSpec service) {
        return Files.isRegularFile(service.launcher(root));
    }

    /** Local-only administrator of every service's admin API (role admin); printed by the runner. */
    public static final String LOCAL_ADMIN_USER = "admin";
    public static final String LOCAL_ADMIN_PASSWORD = "admin";
    /** Local-only service user punchout-service reads catalog-service as (role viewer there). */
    public static final String LOCAL_CATALOG_READER_USER = "punchout";
    public static final String LOCAL_CATALOG_READER_PASSWORD = "punchout-local";
    /** The sandbox's sandbox-only API client (sandbox/src/main/resources/application.properties). */
    public static final String SANDBOX_CLIENT_ID = "suite";
    public static final String SANDBOX_CLIENT_SECRET = "sandbox-suite-secret";

    /**
     * How the services of one suite find each other: each gets the others' URLs (their defaults assume the fixed
     * local ports) and the local credentials that tie them together. Production sets the same keys in Kubernetes.
     */
    public static Map<String, String> wiring(ServiceSpec service, Map<String, ServiceSpec> suite) {
        Map<String, String> config = new LinkedHashMap<>();
        // every service: the local administrator (the suite's security convention; production users come from a Secret)
        config.put("quarkus.security.users.embedded.users." + LOCAL_ADMIN_USER, LOCAL_ADMIN_PASSWORD);
        config.put("quarkus.security.users.embedded.roles." + LOCAL_ADMIN_USER, "admin");
        switch (service.name()) {
            case "punchout-service" -> {
                config.put("procurewire.punchout.public-base-url", service.baseUrl());
                if (suite.containsKey("catalog-service")) {
                    config.put("quarkus.rest-client.catalog.url", suite.get("catalog-service").baseUrl());
                    config.put("procurewire.punchout.catalog-user", LOCAL_CATALOG_READER_USER);
                    config.put("procurewire.punchout.catalog-password", LOCAL_CATALOG_READER_PASSWORD);
                }
                // required: the URL handed to buyers for their OrderRequests. Without order-sync-service in this run
                // (--only) it names order-sync-service's local default port, where a separately started one listens.
                String orderSync = suite.getOrDefault("order-sync-service", ServiceSpec.named("order-sync-service")).baseUrl();
                config.put("procurewire.punchout.order-request-url", orderSync + "/cxml/order-requests");
                config.put("procurewire.punchout.order-request-test-url", orderSync + "/cxml/order-requests/test");
            }
            case "catalog-service" -> {
                config.put("quarkus.security.users.embedded.users." + LOCAL_CATALOG_READER_USER, LOCAL_CATALOG_READER_PASSWORD);
                config.put("quarkus.security.users.embedded.roles." + LOCAL_CATALOG_READER_USER, "viewer");
                if (suite.containsKey("sandbox")) {
                    // sync targets naming platform "sandbox" push to the local sandbox with its API client
                    config.put("procurewire.catalog.platforms.sandbox.base-url", suite.get("sandbox").baseUrl());
                    config.put("procurewire.catalog.platforms.sandbox.client-id", SANDBOX_CLIENT_ID);
                    config.put("procurewire.catalog.platforms.sandbox.client-secret", SANDBOX_CLIENT_SECRET);
                }
            }
            case "order-sync-service" -> {
                // integrations that name clientSecretRef "sandbox" authenticate with the local sandbox's API client,
                // and the secret is only ever sent to the local sandbox
                config.put("procurewire.order-sync.secrets.sandbox.value", SANDBOX_CLIENT_SECRET);
                if (suite.containsKey("sandbox")) {
                    config.put("procurewire.order-sync.secrets.sandbox.allowed-urls", suite.get("sandbox").baseUrl());
                }
            }
            case "invoice-service" -> {
                if (suite.containsKey("sandbox")) {
                    // PO data and receipts from the local sandbox's Core API, with its API client
                    config.put("quarkus.rest-client.buyer-platform.url", suite.get("sandbox").baseUrl());
                    config.put("procurewire.invoice.buyer-platform.client-id", SANDBOX_CLIENT_ID);
                    config.put("procurewire.invoice.buyer-platform.client-secret", SANDBOX_CLIENT_SECRET);
                    // the sandbox is one buyer: its POs, tolerance profile and delivery target go by the demo's code
                    config.put("procurewire.invoice.buyer-platform.buyer-name", DemoSeed.BUYER_CODE);
                    // invoice senders and buyer targets are configuration only (no API yet): the demo supplier's
                    // billing system and warehouse may send cXML invoices and ship notices ...
                    String sender = "procurewire.invoice.cxml.senders." + DemoSeed.SUPPLIER_NUMBER + ".";
                    config.put(sender + "from-domain", "NetworkID");
                    config.put(sender + "from-identity", DemoSeed.SUPPLIER_IDENTITY);
                    config.put(sender + "shared-secret", DemoSeed.BILLING_SECRET);
                    config.put(sender + "buyer", DemoSeed.BUYER_CODE);
                    // ... and matched invoices go to the sandbox's cXML invoice URL with the credentials of the demo
                    // supplier's record there (DemoSeed sets them on supplier PW-DEMO)
                    String target = "procurewire.invoice.delivery.buyers." + DemoSeed.BUYER_CODE + ".";
                    config.put(target + "cxml-url", suite.get("sandbox").baseUrl() + "/cxml/invoices");
                    config.put(target + "from-domain", "NetworkID");
                    config.put(target + "from-identity", DemoSeed.SUPPLIER_IDENTITY);
                    config.put(target + "to-domain", "NetworkID");
                    config.put(target + "to-identity", DemoSeed.BUYER_IDENTITY);
                    config.put(target + "shared-secret", DemoSeed.INVOICE_SECRET);
                }
            }
            default -> {
            }
        }
        return config;
    }

    /**
     * Starts one service's JVM. {@code configuration} is passed as system properties (above application.properties and
     * environment variables in Quarkus's order), so it overrides application.properties.
     */
    public Running launch(ServiceSpec service, Map<String, String> configuration) throws IOException {
        return launch(service, configuration, service.name());
    }

    /**
     * The same for one of several instances of a service (replicas, or a second sandbox): {@code instance} names its
     * log file, so instances do not write over each other's logs.
     */
    public Running launch(ServiceSpec service, Map<String, String> configuration, String instance) throws IOException {
        return launch(service, configuration, instance, QUICK_START_JVM_FLAGS);
    }

    /** The local runner's JVM flags: small heap, quick start (C1 only); production and scripts/bench use none. */
    public static final List<String> QUICK_START_JVM_FLAGS = List.of("-XX:+UseSerialGC", "-Xmx384m", "-XX:TieredStopAtLevel=1");

    /** The same with the given JVM flags ({@code List.of()}: the JVM's defaults, as a container runs the jar). */
    public Running launch(ServiceSpec service, Map<String, String> configuration, String instance, List<String> jvmFlags)
            throws IOException {
        if (!isBuilt(service)) {
            throw new IllegalStateException(service.name() + " is not built: " + service.launcher(root)
                    + " is missing (run ./mvnw -DskipTests package)");
        }
        createDatabaseIfMissing(service.database());
        Path logs = Files.createDirectories(root.resolve(".local/logs"));
        Path log = logs.resolve(instance + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> commandLine = new ArrayList<>();
        commandLine.add(java);
        commandLine.addAll(jvmFlags);
        configuration.forEach((key, value) -> commandLine.add("-D" + key + "=" + value));
        commandLine.addAll(List.of("-jar", service.launcher(root).toString()));
        ProcessBuilder builder = new ProcessBuilder(commandLine)
                .directory(root.resolve(service.module()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(baseEnvironment(service));
        Running started = new Running(service, builder.start(), log);
        running.add(started);
        return started;
    }

    /** Waits until /q/health/ready answers 200; false (with the log's tail on stderr) if it died or timed out. */
    public boolean awaitReady(Running service) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create(service.spec().managementUrl() + "/q/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!service.process().isAlive()) {
                System.err.printf("%s exited with code %d; last lines of %s:%n%s%n", service.spec().name(),
                        service.process().exitValue(), service.log(), tail(service.log(), 40));
                return false;
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        System.err.printf("%s was not ready within %ds; last lines of %s:%n%s%n", service.spec().name(),
                READY_TIMEOUT.toSeconds(), service.log(), tail(service.log(), 40));
        return false;
    }

    public List<Running> running() {
        return List.copyOf(running);
    }

    @Override
    public synchronized void close() {
        for (Running service : running) {
            service.process().destroy();
        }
        for (Running service : running) {
            try {
                if (!service.process().waitFor(15, TimeUnit.SECONDS)) {
                    service.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                service.process().destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("could not stop PostgreSQL cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }

    /** A TCP port nothing listens on right now (for tests; a race with other processes is possible but harmless). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
