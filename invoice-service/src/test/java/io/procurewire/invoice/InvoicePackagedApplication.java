package io.procurewire.invoice;

import io.procurewire.testsupport.PackagedApplicationConfig;
import io.quarkus.test.common.QuarkusTestResource;

/** The production configuration the *IT classes give the packaged application (the test users); nothing in the @QuarkusTest run. */
@QuarkusTestResource(PackagedApplicationConfig.class)
public class InvoicePackagedApplication {
}
