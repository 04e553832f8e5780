package io.procurewire.e2e;

import io.procurewire.local.ServiceSpec;
import io.procurewire.local.SuiteProcesses;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A packaged service started as in production but without its database URL does not start on local defaults: it
 * exits non-zero and names the key to set.
 */
class ProductionConfigurationTest {

    @Test
    void aServiceWithoutItsDatabaseUrlRefusesToStartAndSaysWhatIsMissing() throws Exception {
        Path root = Path.of(System.getProperty("procurewire.root", "..")).toAbsolutePath().normalize();
        List<ServiceSpec> built = ServiceSpec.SUITE.stream().filter(s -> Files.isRegularFile(s.launcher(root))).toList();
        assertThat(built).isNotEmpty();
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        try {
            for (ServiceSpec service : built) {
                Path log = Files.createTempFile("no-database-" + service.name(), ".log");
                String java = ProcessHandle.current().info().command().orElse("java");
                ProcessBuilder builder = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                        "-jar", service.launcher(root).toString())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                Map<String, String> env = builder.environment();
                env.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("PROCUREWIRE_"));
                env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
                env.put("QUARKUS_HTTP_PORT", Integer.toString(SuiteProcesses.freePort()));
                env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
                env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(SuiteProcesses.freePort()));
                // everything else a production start needs is set, so that the database URL is what is missing
                env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
                env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
                env.put("PROCUREWIRE_PUNCHOUT_PUBLIC_BASE_URL", "http://localhost:1");
                env.put("PROCUREWIRE_PUNCHOUT_ORDER_REQUEST_URL", "http://localhost:1/cxml/order-requests");
                env.put("PROCUREWIRE_PUNCHOUT_ORDER_REQUEST_TEST_URL", "http://localhost:1/cxml/order-requests/test");
                processes.add(builder.start());
                logs.add(log);
            }
            for (int i = 0; i < built.size(); i++) {
                Process process = processes.get(i);
                String name = built.get(i).name();
                assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(name + " exits").isTrue();
                String log = Files.readString(logs.get(i));
                assertThat(process.exitValue()).as(name + " exit code; log:%n%s", log).isNotZero();
                // Quarkus says it one of two ways, depending on which extension asks for the URL first
                assertThat(log).as(name + " names the missing key").containsAnyOf(
                        "Could not expand value QUARKUS_DATASOURCE_JDBC_URL in property quarkus.datasource.jdbc.url",
                        "was deactivated automatically because its URL is not set. To activate the datasource, set "
                                + "configuration property 'quarkus.datasource.jdbc.url'");
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }
}
