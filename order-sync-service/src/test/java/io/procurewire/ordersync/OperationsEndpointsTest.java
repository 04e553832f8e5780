package io.procurewire.ordersync;

import io.procurewire.testsupport.operations.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsEndpointsTest extends OperationsContract {

    @Override
    protected String applicationName() {
        return "order-sync-service";
    }
}
