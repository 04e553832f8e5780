package io.procurewire.punchout;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * What an operator supplies to the packaged application from a ConfigMap and a Secret, here for the
 * {@code @QuarkusIntegrationTest}s, which run quarkus-run.jar (or the native executable) in its production profile:
 * an admin user for the admin API and the public base URL the StartPage URLs are built from.
 */
public class PackagedApplicationConfig implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.security.users.embedded.users.admin", "admin-test-password",
                "quarkus.security.users.embedded.roles.admin", "admin",
                "procurewire.punchout.public-base-url", "https://punchout.example.test");
    }

    @Override
    public void stop() {
    }
}
