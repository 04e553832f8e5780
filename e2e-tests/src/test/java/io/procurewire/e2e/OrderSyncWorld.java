package io.procurewire.e2e;

import io.procurewire.local.ServiceSpec;
import io.procurewire.local.SuiteProcesses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The world of the order-sync scenarios, apart from the rest of the suite: a buyer platform of their own (a sandbox on
 * its own database, so no other scenario's POs or integrations mix in) and order-sync-service replicas sharing one
 * database, each a real JVM that a scenario may kill with SIGKILL and start again. Started once per JVM.
 */
final class OrderSyncWorld implements AutoCloseable {

    static final String ORDER_SYNC_DATABASE = "ordersync_e2e";

    private static OrderSyncWorld instance;

    private final Path root;
    private final SuiteProcesses processes;
    private final ServiceSpec sandbox;
    private final Map<String, Replica> replicas = new LinkedHashMap<>();

    /** One order-sync-service JVM: its name (log file), spec (port) and the running process. */
    record Replica(String name, ServiceSpec spec, SuiteProcesses.Running running, Map<String, String> configuration) {
        String baseUrl() {
            return spec.baseUrl();
        }

        long pid() {
            return running.process().pid();
        }

        boolean alive() {
            return running.process().isAlive();
        }
    }

    private OrderSyncWorld(Path root, SuiteProcesses processes, ServiceSpec sandbox) {
        this.root = root;
        this.processes = processes;
        this.sandbox = sandbox;
    }

    static synchronized OrderSyncWorld get() {
        if (instance == null) {
            instance = start(Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "order-sync-world-stop"));
        }
        return instance;
    }

    /**
     * Starts PostgreSQL and the sandbox, without any order-sync replica. {@code sandboxConfiguration} overrides the
     * sandbox's settings (the benchmark, for one, keeps Coupa's rate limit as configured).
     */
    static OrderSyncWorld start(Map<String, String> sandboxConfiguration) {
        Path root = Path.of(System.getProperty("procurewire.root", "..")).toAbsolutePath().normalize();
        SuiteProcesses processes = new SuiteProcesses(root);
        ServiceSpec orderSync = ServiceSpec.named("order-sync-service");
        if (!processes.isBuilt(orderSync) || !processes.isBuilt(ServiceSpec.named("sandbox"))) {
            throw new IllegalStateException("order-sync-service and the sandbox must be packaged first: "
                    + "./mvnw -B -o -q -DskipTests package -pl order-sync-service,sandbox,e2e-tests -am");
        }
        ServiceSpec sandbox = new ServiceSpec("sandbox", "sandbox", SuiteProcesses.freePort(), SuiteProcesses.freePort(),
                "sandbox_ordersync");
        OrderSyncWorld world = new OrderSyncWorld(root, processes, sandbox);
        try {
            processes.startPostgres(0, null);
            Map<String, String> config = new LinkedHashMap<>();
            // the supplier's OrderRequest outbox retries quickly and often, so a scenario sees the push within seconds
            config.put("procurewire.sandbox.order-push.retry-delay", "PT1S");
            config.put("procurewire.sandbox.order-push.poll-interval", "1s");
            config.put("procurewire.sandbox.order-push.max-attempts", "30");
            config.putAll(SuiteProcesses.wiring(sandbox, Map.of())); // the local admin user, as the runner gives it
            config.putAll(sandboxConfiguration);
            SuiteProcesses.Running running = processes.launch(sandbox, config, "ordersync-e2e-sandbox");
            if (!processes.awaitReady(running)) {
                throw new IllegalStateException("the sandbox did not become ready; see " + running.log());
            }
        } catch (IOException e) {
            processes.close();
            throw new IllegalStateException("could not start the order-sync world: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            processes.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the order-sync world", e);
        }
        return world;
    }

    String sandbox() {
        return sandbox.baseUrl();
    }

    /** The sandbox's management port ({@code /q/metrics}, {@code /q/health}). */
    String sandboxManagement() {
        return sandbox.managementUrl();
    }

    /**
     * Starts (or restarts, on a new port) a replica of order-sync-service named {@code name}, wired to this world's
     * sandbox and database as the local runner wires it, and waits until it is ready.
     */
    synchronized Replica startReplica(String name, Map<String, String> configuration) {
        Replica old = replicas.get(name);
        if (old != null && old.alive()) {
            throw new IllegalStateException("replica " + name + " is running");
        }
        ServiceSpec spec = new ServiceSpec("order-sync-service", "order-sync-service", SuiteProcesses.freePort(),
                SuiteProcesses.freePort(), ORDER_SYNC_DATABASE);
        Map<String, String> config = new LinkedHashMap<>(SuiteProcesses.wiring(spec, Map.of("sandbox", sandbox)));
        config.putAll(configuration);
        try {
            SuiteProcesses.Running running = processes.launch(spec, config, "ordersync-e2e-" + name);
            if (!processes.awaitReady(running)) {
                throw new IllegalStateException("replica " + name + " did not become ready; see " + running.log());
            }
            Replica replica = new Replica(name, spec, running, Map.copyOf(configuration));
            replicas.put(name, replica);
            return replica;
        } catch (IOException e) {
            throw new IllegalStateException("could not start replica " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting replica " + name, e);
        }
    }

    /** The running replica of that name, started with {@code configuration} if there is none. */
    synchronized Replica replica(String name, Map<String, String> configuration) {
        Replica existing = replicas.get(name);
        if (existing != null && existing.alive() && existing.configuration().equals(configuration)) {
            return existing;
        }
        if (existing != null && existing.alive()) {
            stop(existing);
        }
        return startReplica(name, configuration);
    }

    /** SIGKILL, as the kernel's OOM killer or a node failure would end it: no shutdown hook, no graceful drain. */
    void kill(Replica replica) throws InterruptedException {
        replica.running().process().destroyForcibly();
        if (!replica.running().process().waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("replica " + replica.name() + " survived SIGKILL for 30 s");
        }
    }

    /** A graceful stop (SIGTERM), waiting at most 30 s. */
    void stop(Replica replica) {
        replica.running().process().destroy();
        try {
            if (!replica.running().process().waitFor(30, TimeUnit.SECONDS)) {
                replica.running().process().destroyForcibly();
            }
        } catch (InterruptedException e) {
            replica.running().process().destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** CPU time (user + system) the process has used so far, from /proc/<pid>/stat; -1 where /proc is missing. */
    static Duration cpuTime(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String line = Files.readString(stat);
            // fields after the command name (which may contain spaces) start after the last ')'
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            return Duration.ofMillis(ticks * 1000 / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return Duration.ofMillis(-1);
        }
    }

    /** USER_HZ: 100 on every Linux architecture the JDK runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    /**
     * The pid of the replica holding the run lease of an integration right now (its lease owner is
     * {@code replica-<pid>-<random>}), read from the replicas' shared database; empty when no run is going.
     */
    java.util.OptionalLong runningReplicaPid(String integrationCode) {
        String url = "jdbc:postgresql://localhost:" + processes.postgresPort() + "/" + ORDER_SYNC_DATABASE;
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
             java.sql.PreparedStatement query = connection.prepareStatement("SELECT run_lease_owner FROM integration "
                     + "WHERE code = ? AND run_lease_until > now()")) {
            query.setString(1, integrationCode);
            try (java.sql.ResultSet rows = query.executeQuery()) {
                if (rows.next() && rows.getString(1) != null) {
                    return java.util.OptionalLong.of(Long.parseLong(rows.getString(1).split("-")[1]));
                }
                return java.util.OptionalLong.empty();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not read the replicas' database: " + e.getMessage(), e);
        }
    }

    List<Replica> replicas() {
        return List.copyOf(replicas.values());
    }

    Path logOf(Replica replica) {
        return replica.running().log();
    }

    Path root() {
        return root;
    }

    @Override
    public synchronized void close() {
        processes.close();
    }
}
