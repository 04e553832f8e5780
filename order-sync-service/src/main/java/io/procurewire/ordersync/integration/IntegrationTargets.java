package io.procurewire.ordersync.integration;

import io.procurewire.ordersync.erp.ErpTarget;
import io.procurewire.ordersync.platform.PlatformTarget;
import io.procurewire.ordersync.platform.RemoteFailure;
import jakarta.enterprise.context.ApplicationScoped;

/** Resolves an integration's secret references into call targets, only for the URLs each secret is bound to. */
@ApplicationScoped
public class IntegrationTargets {

    private final SecretStore secrets;

    IntegrationTargets(SecretStore secrets) {
        this.secrets = secrets;
    }

    public PlatformTarget platform(Integration i) {
        String secret = secrets.resolve(i.clientSecretRef, i.platformUrl).orElseThrow(() -> new RemoteFailure.Rejected(
                0, "secret " + i.clientSecretRef + " is not configured for " + i.platformUrl));
        return new PlatformTarget(i.id, i.platformUrl, i.clientId, secret);
    }

    public ErpTarget erp(Integration i) {
        if (i.erpCredentialsRef == null) {
            return new ErpTarget(i.id, i.erpUrl, null);
        }
        String secret = secrets.resolve(i.erpCredentialsRef, i.erpUrl).orElseThrow(() -> new RemoteFailure.Rejected(
                0, "secret " + i.erpCredentialsRef + " is not configured for " + i.erpUrl));
        return new ErpTarget(i.id, i.erpUrl, secret);
    }
}
