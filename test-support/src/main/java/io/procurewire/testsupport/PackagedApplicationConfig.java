package io.procurewire.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

/**
 * What an operator supplies to the packaged application from a ConfigMap and a Secret (API users, required URLs),
 * for the {@code @QuarkusIntegrationTest}s, which run quarkus-run.jar (or the native executable) in its production
 * profile. The keys and values are the resource's init args.
 *
 * <p>Declare it once per module, next to the database resource, so that it applies to every test class and every
 * {@code *IT} of the module shares one launch of the application. It hands its values over only in the failsafe run
 * (the parent POM sets {@value #PACKAGED_RUN}); the {@code @QuarkusTest}s keep their {@code %test} values.
 */
public class PackagedApplicationConfig implements QuarkusTestResourceLifecycleManager {

    /** System property the parent POM's failsafe configuration sets to {@code true}. */
    public static final String PACKAGED_RUN = "procurewire.test.packaged-application";

    /** System property this resource sets, in the test JVM, to the management interface's root in a packaged run. */
    public static final String MANAGEMENT_URL = "procurewire.test.packaged-application.management-url";

    /** The users every service's tests authenticate with ({@code TestUsers}), as a Secret would give them. */
    public static final Map<String, String> TEST_USERS = Map.of(
            "quarkus.security.users.embedded.users.admin", "admin-test-password",
            "quarkus.security.users.embedded.roles.admin", "admin",
            "quarkus.security.users.embedded.users.reviewer", "reviewer-test-password",
            "quarkus.security.users.embedded.roles.reviewer", "reviewer",
            "quarkus.security.users.embedded.users.auditor", "auditor-test-password",
            "quarkus.security.users.embedded.roles.auditor", "viewer");

    private final Map<String, String> config = new HashMap<>(TEST_USERS);

    @Override
    public void init(Map<String, String> initArgs) {
        config.putAll(initArgs);
    }

    @Override
    public Map<String, String> start() {
        if (!Boolean.getBoolean(PACKAGED_RUN)) {
            return Map.of();
        }
        // The packaged application's management port is a fixed one from application.properties (9081, ...); Quarkus's
        // launcher frees only the HTTP port. A free one here keeps parallel runs apart. Quarkus 3.33's
        // @QuarkusIntegrationTest learns only the HTTP port of the launched application (from its log): it resolves
        // @TestHTTPResource(management = true) to the default test port 9001, whatever the application listens on
        // (test.management.url and quarkus.management.test-port are not read there). Tests reach the management
        // interface through managementUrl(..) instead.
        int managementPort = freePort();
        Map<String, String> all = new HashMap<>(config);
        all.put("quarkus.management.port", Integer.toString(managementPort));
        System.setProperty(MANAGEMENT_URL, "http://localhost:" + managementPort + "/q/");
        return Map.copyOf(all);
    }

    /**
     * The management interface's root: in a packaged run ({@code *IT}) the port this resource gave the application,
     * otherwise {@code injected}, the test's {@code @TestHTTPResource(value = "/", management = true)} (right in a
     * {@code @QuarkusTest}).
     */
    public static URL managementUrl(URL injected) {
        String packaged = System.getProperty(MANAGEMENT_URL);
        if (!Boolean.getBoolean(PACKAGED_RUN) || packaged == null) {
            return injected;
        }
        try {
            return URI.create(packaged).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(packaged, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the management interface", e);
        }
    }

    @Override
    public void stop() {
    }
}
