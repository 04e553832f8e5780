package io.procurewire.ordersync;

import io.procurewire.testsupport.PackagedApplicationConfig;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The production configuration the *IT classes give the packaged application (test users, the secrets an integration
 * refers to, bound to the hosts it may send them to); nothing in the @QuarkusTest run.
 */
@QuarkusTestResource(value = PackagedApplicationConfig.class, initArgs = {
        @ResourceArg(name = "procurewire.order-sync.secrets.coupa-test.value", value = "it-coupa-client-secret"),
        @ResourceArg(name = "procurewire.order-sync.secrets.coupa-test.allowed-urls", value = "http://localhost:*"),
        @ResourceArg(name = "procurewire.order-sync.secrets.erp-test.value", value = "erp-user:erp-password"),
        @ResourceArg(name = "procurewire.order-sync.secrets.erp-test.allowed-urls", value = "http://localhost:*")})
public class OrderSyncPackagedApplication {
}
