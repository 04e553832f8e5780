package io.procurewire.sandbox;

import io.procurewire.testsupport.operations.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsEndpointsTest extends OperationsContract {

    @Override
    protected String applicationName() {
        return "sandbox";
    }
}
