package io.procurewire.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The operations contract against the packaged application (quarkus-run.jar, or the native executable with -Pnative). */
@QuarkusIntegrationTest
class OperationsEndpointsIT extends OperationsEndpointsTest {
}
