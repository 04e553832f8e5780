package io.procurewire.punchout;

import io.procurewire.testsupport.PackagedApplicationConfig;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The production configuration the *IT classes give the packaged application (test users, the public base URL the
 * StartPage URLs are built from, order-sync-service's OrderRequest URLs); nothing in the @QuarkusTest run.
 */
@QuarkusTestResource(value = PackagedApplicationConfig.class, initArgs = {
        @ResourceArg(name = "procurewire.punchout.public-base-url", value = "https://punchout.example.test"),
        @ResourceArg(name = "procurewire.punchout.order-request-url", value = "https://procurewire.example.test/cxml/order-requests"),
        @ResourceArg(name = "procurewire.punchout.order-request-test-url", value = "https://procurewire.example.test/cxml/order-requests/test")})
public class PunchoutPackagedApplication {
}
