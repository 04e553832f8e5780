package io.procurewire.local;

import org.junit.jupiter.api.Test;

import java.util.List;

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
    }

    @Test
    void onlyNarrowsTheSuiteAndKeepsStartOrder() {
        SuiteCommand command = SuiteCommand.parse("--only", "punchout-service,catalog-service", "--smoke");
        assertTrue(command.smoke());
        assertEquals(List.of("catalog-service", "punchout-service"),
                command.selected().stream().map(ServiceSpec::name).toList());
    }

    @Test
    void servicesCanMoveToAnotherPortKeepingTheirDatabase() {
        ServiceSpec punchout = ServiceSpec.named("punchout-service").onPort(40123);
        assertEquals("http://localhost:40123", punchout.baseUrl());
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
