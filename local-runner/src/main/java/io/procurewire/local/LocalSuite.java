package io.procurewire.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
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
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the whole suite on one machine: an embedded PostgreSQL (a real server shipped in a Maven jar, data kept in
 * .local/postgres between runs), then every built service as its own JVM process with its own database, exactly as
 * they run in production apart from the database host. Prints where each one listens and stops them all on Ctrl-C.
 */
public final class LocalSuite {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Path root;
    private final SuiteCommand command;
    private final List<RunningService> running = new ArrayList<>();
    private EmbeddedPostgres postgres;

    record RunningService(ServiceSpec spec, Process process, Path log) {
    }

    LocalSuite(Path root, SuiteCommand command) {
        this.root = root;
        this.command = command;
    }

    public static void main(String[] args) throws Exception {
        SuiteCommand command;
        try {
            command = SuiteCommand.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalSuite suite = new LocalSuite(Path.of("").toAbsolutePath(), command);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::stop, "procurewire-local-stop"));
        int exit = suite.run();
        if (command.smoke() || exit != 0) {
            System.exit(exit);
        }
        Thread.currentThread().join(); // until Ctrl-C; the shutdown hook stops everything
    }

    int run() throws IOException, InterruptedException {
        List<ServiceSpec> services = command.selected().stream()
                .filter(s -> Files.isRegularFile(s.launcher(root)))
                .toList();
        if (services.isEmpty()) {
            System.err.println("No built service found. Build first: ./mvnw -DskipTests package");
            return 1;
        }
        startPostgres();
        for (ServiceSpec service : services) {
            createDatabaseIfMissing(service.database());
        }
        for (ServiceSpec service : services) {
            running.add(launch(service));
        }
        boolean allReady = true;
        for (RunningService service : running) {
            allReady &= awaitReady(service);
        }
        printTable(allReady);
        return allReady ? 0 : 1;
    }

    private void startPostgres() throws IOException {
        Path dataDirectory = root.resolve(".local/postgres");
        if (command.freshDatabase()) {
            deleteRecursively(dataDirectory);
        }
        Files.createDirectories(dataDirectory.getParent());
        System.out.printf("Starting embedded PostgreSQL on localhost:%d (data in %s)%n", command.postgresPort(),
                root.relativize(dataDirectory));
        postgres = EmbeddedPostgres.builder()
                .setPort(command.postgresPort())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "300")
                .start();
    }

    private void createDatabaseIfMissing(String name) {
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

    private RunningService launch(ServiceSpec service) throws IOException {
        Path logs = Files.createDirectories(root.resolve(".local/logs"));
        Path log = logs.resolve(service.name() + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx384m", "-jar",
                service.launcher(root).toString())
                .directory(root.resolve(service.module()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(command.environmentFor(service));
        System.out.printf("Starting %-20s on port %d (log: %s)%n", service.name(), service.port(), root.relativize(log));
        return new RunningService(service, builder.start(), log);
    }

    private boolean awaitReady(RunningService service) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create(service.spec().baseUrl() + "/q/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!service.process().isAlive()) {
                System.err.printf("%s exited with code %d; last lines of %s:%n%s%n", service.spec().name(),
                        service.process().exitValue(), service.log(), tail(service.log(), 30));
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
        System.err.printf("%s was not ready within %ds; see %s%n", service.spec().name(), READY_TIMEOUT.toSeconds(),
                service.log());
        return false;
    }

    private void printTable(boolean allReady) {
        System.out.println();
        System.out.println(allReady ? "Procurewire is running:" : "Procurewire started with errors:");
        System.out.printf("  %-20s %-24s %s%n", "service", "url", "health / api docs");
        for (RunningService service : running) {
            String url = service.spec().baseUrl();
            System.out.printf("  %-20s %-24s %s/q/health  %s/q/swagger-ui%n", service.spec().name(), url, url, url);
        }
        System.out.printf("  %-20s localhost:%d (user postgres, password postgres)%n", "postgresql", command.postgresPort());
        if (!command.smoke()) {
            System.out.println("Press Ctrl-C to stop.");
        }
    }

    synchronized void stop() {
        for (RunningService service : running) {
            service.process().destroy();
        }
        for (RunningService service : running) {
            try {
                if (!service.process().waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(15),
                        java.util.concurrent.TimeUnit.MILLISECONDS)) {
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

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
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
