package io.procurewire.catalog.sync;

import io.procurewire.catalog.CatalogConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;

/** What the sync API shows: never the client secret, only whether it is configured. */
public final class SyncViews {

    private SyncViews() {
    }

    @RegisterForReflection
    public record TargetView(long id, String buyerCode, String contractCode, String platform, boolean platformConfigured,
                             String baseUrl, String clientId, boolean secretConfigured, String scope,
                             String supplierNumber, boolean scheduleEnabled, String alertWebhookUrl, Instant lastRunAt,
                             boolean running) {

        /** The target with its platform's configured URL, client and alert webhook (never the secret). */
        static TargetView of(SyncTarget t, CatalogConfig config) {
            CatalogConfig.Platform platform = config.platforms().get(t.platform);
            return new TargetView(t.id, t.buyerCode, t.contractCode, t.platform, platform != null,
                    platform == null ? null : platform.baseUrl(), platform == null ? null : platform.clientId(),
                    platform != null && platform.clientSecret().isPresent(), t.scope, t.supplierNumber,
                    t.scheduleEnabled, SyncRunner.alertWebhook(platform, config).orElse(null), t.lastRunAt,
                    t.leaseUntil != null && t.leaseUntil.isAfter(Instant.now()));
        }
    }

    @RegisterForReflection
    public record ItemView(String supplierPartId, String supplierPartAuxiliaryId, SyncPlan.Action action,
                           SyncItemResult.Outcome outcome, Long remoteId, Long priceVersion, Integer httpStatus,
                           String message) {

        static ItemView of(SyncItemResult r) {
            return new ItemView(r.supplierPartId, r.supplierPartAuxiliaryId == null || r.supplierPartAuxiliaryId.isEmpty()
                    ? null : r.supplierPartAuxiliaryId, r.action, r.outcome, r.remoteId, r.priceVersion, r.httpStatus, r.message);
        }
    }

    @RegisterForReflection
    public record RunView(long id, long targetId, SyncRun.Trigger trigger, Long retryOfRunId, SyncRun.Status status,
                          Instant startedAt, Instant finishedAt, int desiredItems, int remoteItems, int added,
                          int changed, int removed, int unchanged, int failed, String error, List<ItemView> items) {

        static RunView of(SyncRun r, List<ItemView> items) {
            return new RunView(r.id, r.targetId, r.trigger, r.retryOfRunId, r.status, r.startedAt, r.finishedAt,
                    r.desiredItems, r.remoteItems, r.added, r.changed, r.removed, r.unchanged, r.failed, r.error, items);
        }
    }

    @RegisterForReflection
    public record AlertView(long id, long targetId, long runId, Instant createdAt, int failedItems, String message,
                            String webhookStatus) {

        static AlertView of(SyncAlert a) {
            return new AlertView(a.id, a.targetId, a.runId, a.createdAt, a.failedItems, a.message, a.webhookStatus);
        }
    }
}
