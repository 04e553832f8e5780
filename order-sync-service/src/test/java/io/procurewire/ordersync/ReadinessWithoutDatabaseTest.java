package io.procurewire.ordersync;

import io.procurewire.testsupport.operations.ReadinessWithoutDatabaseContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ReadinessWithoutDatabaseContract.UnreachableDatabase.class)
class ReadinessWithoutDatabaseTest extends ReadinessWithoutDatabaseContract {
}
