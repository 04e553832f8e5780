package io.procurewire.sandbox.traffic;

import io.procurewire.sandbox.SandboxConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The faults currently injected. Starts from configuration; {@code /admin/faults} replaces it at run time so a test
 * can switch faults on and off. Held in memory on purpose: a fault is a property of this sandbox process.
 */
@ApplicationScoped
public class FaultSettings {

    /** One consistent set of fault parameters; JSON shape of /admin/faults. */
    @RegisterForReflection
    public record Faults(double errorRate, int errorStatus, long latencyMillis, String failPath, int failStatus,
                         String dropPath, double dropRate, List<String> eligiblePaths) {

        public Faults {
            if (errorRate < 0 || errorRate > 1 || dropRate < 0 || dropRate > 1) {
                throw new IllegalArgumentException("errorRate and dropRate must be between 0 and 1");
            }
            if (errorStatus < 400 || errorStatus > 599 || failStatus < 400 || failStatus > 599) {
                throw new IllegalArgumentException("errorStatus and failStatus must be HTTP error codes (400-599)");
            }
            if (latencyMillis < 0) {
                throw new IllegalArgumentException("latencyMillis must not be negative");
            }
            failPath = blankToNull(failPath);
            dropPath = blankToNull(dropPath);
            eligiblePaths = eligiblePaths == null ? List.of() : List.copyOf(eligiblePaths);
        }

        public boolean eligible(String path) {
            return eligiblePaths.stream().anyMatch(path::startsWith);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }

    private final Faults configured;
    private final AtomicReference<Faults> current;

    public FaultSettings(SandboxConfig config) {
        SandboxConfig.Faults f = config.faults();
        configured = new Faults(f.errorRate(), f.errorStatus(), f.latency().toMillis(), f.failPath().orElse(null),
                f.failStatus(), f.dropPath().orElse(null), f.dropRate(), f.eligiblePaths());
        current = new AtomicReference<>(configured);
    }

    public Faults current() {
        return current.get();
    }

    public void replace(Faults faults) {
        current.set(faults);
    }

    /** Back to the configured defaults. */
    public Faults reset() {
        current.set(configured);
        return configured;
    }
}
