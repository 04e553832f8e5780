package io.procurewire.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuiteCommandTest {

    @Test
    void defaultsStartEveryServiceOnTheEmbeddedDatabasePort() {
        SuiteCommand command = SuiteCommand.parse();
        assertFalse(command.smoke());
        assertEquals(55432, command.postgresPort());
        assertEquals(ServiceSpec.SUITE, command.selected());
        assertEquals("127.0.0.1", command.listen());
    }

    @Test
    void servicesListenOnLoopbackUnlessToldOtherwise() {
        assertEquals("0.0.0.0", SuiteCommand.parse("--listen", "0.0.0.0").listen());
        assertEquals(Map.of("QUARKUS_HTTP_HOST", "127.0.0.1", "QUARKUS_MANAGEMENT_HOST", "127.0.0.1"),
                hosts(new SuiteProcesses(Path.of("."))));
        assertEquals(Map.of("QUARKUS_HTTP_HOST", "0.0.0.0", "QUARKUS_MANAGEMENT_HOST", "0.0.0.0"),
                hosts(new SuiteProcesses(Path.of("."), "0.0.0.0")));
        assertEquals("not an IP address to listen on: example.com",
                assertThrows(IllegalArgumentException.class, () -> SuiteCommand.parse("--listen", "example.com")).getMessage());
    }

    @Test
    void operationsEndpointsAreOnTheManagementPortOneThousandAboveTheServicePort() {
        for (ServiceSpec service : ServiceSpec.SUITE) {
            assertEquals(service.port() + 1000, service.managementPort(), service.name());
        }
    }

    @Test
    void everyServiceGetsTheLocalAdministratorAndPunchoutReadsTheCatalogAsAViewer() {
        Map<String, ServiceSpec> suite = new java.util.LinkedHashMap<>();
        ServiceSpec.SUITE.forEach(s -> suite.put(s.name(), s));
        for (ServiceSpec service : ServiceSpec.SUITE) {
            Map<String, String> wiring = SuiteProcesses.wiring(service, suite);
            assertEquals("admin", wiring.get("quarkus.security.users.embedded.users.admin"), service.name());
            assertEquals("admin", wiring.get("quarkus.security.users.embedded.roles.admin"), service.name());
        }
        Map<String, String> punchout = SuiteProcesses.wiring(ServiceSpec.named("punchout-service"), suite);
        Map<String, String> catalog = SuiteProcesses.wiring(ServiceSpec.named("catalog-service"), suite);
        String user = punchout.get("procurewire.punchout.catalog-user");
        assertEquals(punchout.get("procurewire.punchout.catalog-password"),
                catalog.get("quarkus.security.users.embedded.users." + user));
        assertEquals("viewer", catalog.get("quarkus.security.users.embedded.roles." + user));
    }

    private static Map<String, String> hosts(SuiteProcesses processes) {
        Map<String, String> env = processes.listenEnvironment(ServiceSpec.named("catalog-service"));
        return Map.of("QUARKUS_HTTP_HOST", env.get("QUARKUS_HTTP_HOST"), "QUARKUS_MANAGEMENT_HOST",
                env.get("QUARKUS_MANAGEMENT_HOST"));
    }

    @Test
    void onlyNarrowsTheSuiteAndKeepsStartOrder() {
        SuiteCommand command = SuiteCommand.parse("--only", "punchout-service,catalog-service", "--smoke");
        assertTrue(command.smoke());
        assertEquals(List.of("catalog-service", "punchout-service"),
                command.selected().stream().map(ServiceSpec::name).toList());
    }

    @Test
    void demoLoadsOnlyIntoASuiteThatHasWhatItNeeds() {
        assertTrue(SuiteCommand.parse("--demo").demo());
        assertFalse(SuiteCommand.parse().demo());
        assertTrue(SuiteCommand.parse("--demo", "--only", "catalog-service,punchout-service,sandbox").demo());
        assertEquals("--demo needs sandbox; leave out --only or name it", assertThrows(IllegalArgumentException.class,
                () -> SuiteCommand.parse("--demo", "--only", "catalog-service,punchout-service")).getMessage());
    }

    @Test
    void invoiceServiceReadsPoDataFromTheLocalSandbox() {
        Map<String, ServiceSpec> suite = new java.util.LinkedHashMap<>();
        for (String name : List.of("invoice-service", "sandbox")) {
            suite.put(name, ServiceSpec.named(name));
        }
        Map<String, String> wiring = SuiteProcesses.wiring(ServiceSpec.named("invoice-service"), suite);
        assertEquals("http://localhost:8090", wiring.get("quarkus.rest-client.buyer-platform.url"));
        assertEquals(SuiteProcesses.SANDBOX_CLIENT_ID, wiring.get("procurewire.invoice.buyer-platform.client-id"));
    }

    @Test
    void invoiceServiceTakesTheDemoSuppliersCxmlAndSendsMatchedInvoicesToTheLocalSandbox() {
        Map<String, ServiceSpec> suite = new java.util.LinkedHashMap<>();
        for (String name : List.of("invoice-service", "sandbox")) {
            suite.put(name, ServiceSpec.named(name));
        }
        Map<String, String> wiring = SuiteProcesses.wiring(ServiceSpec.named("invoice-service"), suite);
        assertEquals("sandbox-buyer", wiring.get("procurewire.invoice.buyer-platform.buyer-name"));
        String sender = "procurewire.invoice.cxml.senders.PW-DEMO.";
        assertEquals("AN-PW-DEMO", wiring.get(sender + "from-identity"));
        assertEquals(io.procurewire.local.demo.DemoSeed.BILLING_SECRET, wiring.get(sender + "shared-secret"));
        assertEquals("sandbox-buyer", wiring.get(sender + "buyer"));
        String target = "procurewire.invoice.delivery.buyers.sandbox-buyer.";
        assertEquals("http://localhost:8090/cxml/invoices", wiring.get(target + "cxml-url"));
        assertEquals("AN-PW-DEMO", wiring.get(target + "from-identity"));
        assertEquals(io.procurewire.local.demo.DemoSeed.INVOICE_SECRET, wiring.get(target + "shared-secret"));

        Map<String, String> alone = SuiteProcesses.wiring(ServiceSpec.named("invoice-service"),
                Map.of("invoice-service", ServiceSpec.named("invoice-service")));
        assertTrue(alone.keySet().stream().noneMatch(key -> key.startsWith("procurewire.invoice.")),
                "without a sandbox nothing points at one: " + alone);
    }

    @Test
    void servicesCanMoveToAnotherPortKeepingTheirDatabase() {
        ServiceSpec punchout = ServiceSpec.named("punchout-service").onPorts(40123, 40124);
        assertEquals("http://localhost:40123", punchout.baseUrl());
        assertEquals("http://localhost:40124", punchout.managementUrl());
        assertEquals("punchout", punchout.database());
        assertEquals(8081, ServiceSpec.named("punchout-service").port());
    }

    @Test
    void rejectsUnknownServicesOptionsAndPorts() {
        assertEquals("unknown service billing; known: catalog-service, punchout-service, order-sync-service, invoice-service, sandbox",
                assertThrows(IllegalArgumentException.class, () -> SuiteCommand.parse("--only", "billing")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SuiteCommand.parse("--verbose"))
                .getMessage().startsWith("unknown option --verbose"));
        assertEquals("not a TCP port: 70000",
                assertThrows(IllegalArgumentException.class, () -> SuiteCommand.parse("--pg-port", "70000")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SuiteCommand.parse("--pg-port"))
                .getMessage().startsWith("--pg-port needs a value"));
    }
}
