package io.procurewire.catalog.sync;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Request body of POST/PUT /api/sync-targets. No secret here: secretRef names the configuration key
 * procurewire.catalog.sync-secret.&lt;secretRef&gt; that holds it. scope defaults to "core.catalog.read core.catalog.write".
 */
@RegisterForReflection
public record SyncTargetData(String buyerCode, String contractCode, String baseUrl, String clientId, String secretRef,
                             String scope, String supplierNumber, Boolean scheduleEnabled, String alertWebhookUrl) {
}
