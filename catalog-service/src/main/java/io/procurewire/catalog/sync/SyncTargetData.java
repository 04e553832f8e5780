package io.procurewire.catalog.sync;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Request body of POST/PUT /api/sync-targets. platform names a configured buyer platform
 * (procurewire.catalog.platforms.&lt;platform&gt;); scope defaults to "core.catalog.read core.catalog.write".
 * baseUrl, clientId, secretRef and alertWebhookUrl are read only to refuse them: they are configuration now.
 */
@RegisterForReflection
public record SyncTargetData(String buyerCode, String contractCode, String platform, String scope, String supplierNumber,
                             Boolean scheduleEnabled, String baseUrl, String clientId, String secretRef,
                             String alertWebhookUrl) {
}
