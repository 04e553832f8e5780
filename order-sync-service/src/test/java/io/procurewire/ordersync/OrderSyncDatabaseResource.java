package io.procurewire.ordersync;

import io.procurewire.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of this module runs against its own database "ordersync" on the JVM's embedded PostgreSQL. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "ordersync"))
public class OrderSyncDatabaseResource {
}
