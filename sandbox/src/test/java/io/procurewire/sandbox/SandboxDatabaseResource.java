package io.procurewire.sandbox;

import io.procurewire.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of this module runs against its own database "sandbox" on the JVM's embedded PostgreSQL. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "sandbox"))
public class SandboxDatabaseResource {
}
