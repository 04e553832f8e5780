package io.procurewire.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SuiteWiringTest {

    private static Map<String, ServiceSpec> suiteOf(List<String> names) {
        Map<String, ServiceSpec> suite = new LinkedHashMap<>();
        names.forEach(name -> suite.put(name, ServiceSpec.named(name)));
        return suite;
    }

    @Test
    void punchoutStartedWithoutOrderSyncStillGetsItsRequiredOrderRequestUrls() {
        // scripts/run-local --only catalog-service,punchout-service: punchout-service refuses to start without them
        Map<String, String> config = SuiteProcesses.wiring(ServiceSpec.named("punchout-service"),
                suiteOf(List.of("catalog-service", "punchout-service")));

        assertEquals("http://localhost:8083/cxml/order-requests", config.get("procurewire.punchout.order-request-url"));
        assertEquals("http://localhost:8083/cxml/order-requests/test",
                config.get("procurewire.punchout.order-request-test-url"));
        assertTrue(config.containsKey("quarkus.rest-client.catalog.url"));
    }

    @Test
    void punchoutPointsBuyersAtTheOrderSyncServiceOfTheSameRun() {
        Map<String, ServiceSpec> suite = suiteOf(List.of("punchout-service"));
        suite.put("order-sync-service", ServiceSpec.named("order-sync-service").onPorts(18083, 19083));

        Map<String, String> config = SuiteProcesses.wiring(ServiceSpec.named("punchout-service"), suite);

        assertEquals("http://localhost:18083/cxml/order-requests", config.get("procurewire.punchout.order-request-url"));
    }
}
