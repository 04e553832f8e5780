package io.procurewire.e2e;

import io.procurewire.local.ServiceSpec;
import io.procurewire.local.SuiteProcesses;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite under test, started once per test JVM: a throw-away embedded PostgreSQL and every built service as its
 * own process on a free port, wired to each other by URL as an operator would wire them.
 */
final class RunningSuite {

    static final String ADMIN_USER = SuiteProcesses.LOCAL_ADMIN_USER;
    static final String ADMIN_PASSWORD = SuiteProcesses.LOCAL_ADMIN_PASSWORD;

    private static RunningSuite instance;

    private final SuiteProcesses processes;
    private final Map<String, ServiceSpec> services = new LinkedHashMap<>();

    private RunningSuite(SuiteProcesses processes) {
        this.processes = processes;
    }

    static synchronized RunningSuite get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static RunningSuite start() {
        Path root = Path.of(System.getProperty("procurewire.root", "..")).toAbsolutePath().normalize();
        SuiteProcesses processes = new SuiteProcesses(root);
        RunningSuite suite = new RunningSuite(processes);
        Runtime.getRuntime().addShutdownHook(new Thread(processes::close, "e2e-suite-stop"));
        try {
            processes.startPostgres(0, null);
            for (ServiceSpec spec : ServiceSpec.SUITE) {
                if (processes.isBuilt(spec)) {
                    suite.services.put(spec.name(), spec.onPorts(SuiteProcesses.freePort(), SuiteProcesses.freePort()));
                }
            }
            for (ServiceSpec spec : suite.services.values()) {
                processes.launch(spec, SuiteProcesses.wiring(spec, suite.services));
            }
            for (SuiteProcesses.Running running : processes.running()) {
                if (!processes.awaitReady(running)) {
                    throw new IllegalStateException(running.spec().name() + " did not become ready; see " + running.log());
                }
            }
        } catch (IOException e) {
            processes.close();
            throw new IllegalStateException("could not start the suite: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            processes.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the suite", e);
        }
        return suite;
    }

    /** A request as the local administrator (the local runner's admin/admin, in every service). */
    static RequestSpecification asAdmin() {
        return RestAssured.given().auth().preemptive().basic(ADMIN_USER, ADMIN_PASSWORD);
    }

    List<ServiceSpec> services() {
        return List.copyOf(services.values());
    }

    boolean has(String name) {
        return services.containsKey(name);
    }

    String url(String name) {
        ServiceSpec spec = services.get(name);
        if (spec == null) {
            throw new IllegalStateException(name + " is not built");
        }
        return spec.baseUrl();
    }
}
