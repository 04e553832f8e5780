package io.procurewire.catalog;

import io.procurewire.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * A database of its own for test classes that need to know the whole catalog (full imports, syncs of a buyer's
 * whole view), so that products created by other test classes do not leak into their assertions.
 */
public abstract class IsolatedDatabaseProfile implements QuarkusTestProfile {

    protected abstract String database();

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class, Map.of("database", database())));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
