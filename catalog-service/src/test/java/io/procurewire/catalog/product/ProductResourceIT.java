package io.procurewire.catalog.product;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Products over REST against the packaged application and its production configuration. */
@QuarkusIntegrationTest
class ProductResourceIT extends ProductResourceTest {
}
