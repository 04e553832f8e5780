package io.procurewire.catalog.sync;

import io.procurewire.catalog.CatalogConfig;
import io.procurewire.catalog.pricing.ContractTerms;
import io.procurewire.catalog.product.ProductKey;
import io.procurewire.catalog.search.BuyerCatalog;
import io.procurewire.catalog.search.BuyerItem;
import io.procurewire.catalog.search.CatalogItem;
import io.procurewire.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs catalog syncs: computes the buyer's view, reads the platform's items, pushes only the difference, records a
 * result per pushed item and a summary per run, alerts on failures. A run holds the target's lease in the database,
 * so two replicas (or a manual and a scheduled run) never sync the same target at once.
 */
@ApplicationScoped
public class SyncRunner {

    private static final Logger LOG = Logger.getLogger(SyncRunner.class);

    private final BuyerPlatformClient client;
    private final BuyerCatalog catalog;
    private final CatalogConfig config;
    private final AlertNotifier notifier;
    private final MeterRegistry metrics;
    private final SyncLease lease;
    private final ExecutorService background = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("catalog-sync-", 0).factory());

    SyncRunner(BuyerPlatformClient client, BuyerCatalog catalog, CatalogConfig config, AlertNotifier notifier,
               MeterRegistry metrics, SyncLease lease) {
        this.lease = lease;
        this.client = client;
        this.catalog = catalog;
        this.config = config;
        this.notifier = notifier;
        this.metrics = metrics;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Takes the lease and records a RUNNING run, or answers 409 when the target is being synced already. */
    public SyncRun start(long targetId, SyncRun.Trigger trigger, Long retryOfRunId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SyncTarget target = SyncTarget.findById(targetId);
            if (target == null) {
                throw ProblemException.notFound("sync target", targetId);
            }
            if (!lease.take(targetId)) {
                throw ProblemException.conflict("sync target " + targetId + " is being synced right now");
            }
            SyncRun run = new SyncRun();
            run.targetId = targetId;
            run.trigger = trigger;
            run.retryOfRunId = retryOfRunId;
            run.status = SyncRun.Status.RUNNING;
            run.startedAt = Instant.now();
            run.persist();
            lease.bind(targetId, run.id);
            return run;
        });
    }

    /** Runs a started run in the background (manual and retry runs answer 202 at once). */
    public void executeInBackground(long runId) {
        background.submit(() -> {
            try {
                execute(runId);
            } catch (RuntimeException e) {
                LOG.errorf(e, "catalog sync run %d crashed", runId);
            }
        });
    }

    /** Runs a started run to its end, renewing its lease meanwhile; always releases the lease. */
    @ActivateRequestContext
    public SyncRun execute(long runId) {
        SyncRun run = QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>findById(runId));
        SyncTarget target = QuarkusTransaction.requiringNew().call(() -> SyncTarget.<SyncTarget>findById(run.targetId));
        Counts counts = new Counts();
        String error = null;
        try (SyncLease.Heartbeat heartbeat = lease.heartbeat(target.id, runId)) {
            error = sync(target, run, counts, heartbeat);
        } catch (LeaseLost e) {
            error = e.getMessage();
        } catch (CircuitBreakerOpenException e) {
            error = "the buyer platform is unavailable (circuit breaker open)";
        } catch (RemoteFailure e) {
            error = "the buyer platform failed: " + e.getMessage();
        } catch (ProblemException e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            LOG.errorf(e, "catalog sync run %d of target %d failed", runId, target.id);
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        try {
            return finish(run.id, target, counts, error);
        } finally {
            lease.release(target.id, runId); // after the summary, so a next run never starts before this one is recorded
        }
    }

    /** The run's lease was taken over (it expired while the run was stalled): the run stops before its next write. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(long targetId) {
            super("the run lost the lease of target " + targetId + " (it was not renewed in time and another run may "
                    + "have taken over); it stopped");
        }
    }

    private static void requireLease(SyncLease.Heartbeat heartbeat, long targetId) {
        if (heartbeat.lost()) {
            throw new LeaseLost(targetId);
        }
    }

    private static final class Counts {
        int desired;
        int remote;
        int added;
        int changed;
        int removed;
        int unchanged;
        int failed;
    }

    /** Answers null when the run could compare (item failures are counted), else why it could not. */
    private String sync(SyncTarget target, SyncRun run, Counts counts, SyncLease.Heartbeat heartbeat) {
        CatalogConfig.Platform platform = config.platforms().get(target.platform);
        if (platform == null) {
            return "buyer platform '" + target.platform + "' is not configured: set procurewire.catalog.platforms."
                    + target.platform + ".base-url, .client-id and .client-secret";
        }
        if (platform.clientSecret().isEmpty()) {
            return "no client secret configured: set procurewire.catalog.platforms." + target.platform + ".client-secret";
        }
        LocalDate today = LocalDate.now(Clock.system(ZoneOffset.UTC));
        ContractTerms contract = catalog.contractFor(target.buyerCode, target.contractCode, today).orElse(null);
        Map<ProductKey, SyncPlan.Desired> desired = desired(target, contract, today);
        counts.desired = desired.size();

        PlatformSession session = client.open(platform.baseUrl(), platform.clientId(), platform.clientSecret().get(),
                target.scope);
        withWaits(session, () -> {
            client.fetchToken(session);
            return null;
        });
        Map<ProductKey, SupplierItem> remote = new HashMap<>();
        int limit = Math.min(50, Math.max(1, config.sync().pageSize()));
        for (int offset = 0; ; offset += limit) {
            requireLease(heartbeat, target.id);
            int pageOffset = offset;
            List<SupplierItem> page = withWaits(session, () -> client.page(session, target.supplierNumber, pageOffset, limit));
            for (SupplierItem item : page) {
                remote.put(SyncPlan.keyOf(item), item);
            }
            if (page.size() < limit) {
                break;
            }
        }
        counts.remote = remote.size();

        Set<ProductKey> only = run.retryOfRunId == null ? null : failedKeys(run.retryOfRunId);
        SyncPlan plan = SyncPlan.diff(desired, remote, only);
        counts.unchanged = plan.unchanged();
        for (SyncPlan.Step step : plan.steps()) {
            requireLease(heartbeat, target.id);
            push(session, target, run.id, step, counts);
        }
        return null;
    }

    private void push(PlatformSession session, SyncTarget target, long runId, SyncPlan.Step step, Counts counts) {
        SyncItemResult result = new SyncItemResult();
        result.runId = runId;
        result.supplierPartId = step.key().supplierPartId();
        result.supplierPartAuxiliaryId = step.key().supplierPartAuxiliaryId();
        result.action = step.action();
        result.priceVersion = step.priceVersion();
        result.remoteId = step.remoteId();
        try {
            switch (step.action()) {
                case ADD -> {
                    SupplierItem created = createOnce(session, target.supplierNumber, step.desired());
                    result.remoteId = created == null ? null : created.id();
                    counts.added++;
                }
                case CHANGE -> {
                    withWaits(session, () -> client.update(session, step.remoteId(), step.desired()));
                    counts.changed++;
                }
                case REMOVE -> {
                    withWaits(session, () -> {
                        client.delete(session, step.remoteId());
                        return null;
                    });
                    counts.removed++;
                }
            }
            result.outcome = SyncItemResult.Outcome.OK;
        } catch (RemoteFailure e) {
            fail(result, counts, e.status(), e.getMessage());
        } catch (CircuitBreakerOpenException e) {
            fail(result, counts, null, "the buyer platform is unavailable (circuit breaker open)");
        } catch (RuntimeException e) {
            fail(result, counts, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        QuarkusTransaction.requiringNew().run(result::persist);
    }

    /**
     * POST is not idempotent, so it is never repeated blindly: when a create fails without an answer (5xx, timeout,
     * connection lost) the platform may have stored the item all the same, so the item is looked up by its supplier
     * part number (and auxiliary part number) first and created again only when it is not there.
     */
    private SupplierItem createOnce(PlatformSession session, String supplierNumber, SupplierItem item) {
        int attempts = 0;
        while (true) {
            try {
                return withWaits(session, () -> client.create(session, item));
            } catch (RemoteFailure.Unavailable | org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                     | jakarta.ws.rs.ProcessingException e) {
                if (++attempts >= config.sync().maxCreateAttempts()) {
                    throw e;
                }
                Optional<SupplierItem> stored = withWaits(session, () -> client.find(session, supplierNumber,
                        item.supplierPartNum(), item.supplierAuxPartNum()));
                if (stored.isPresent()) {
                    LOG.infof("supplier item %s was stored although its create failed (%s); not created again",
                            item.supplierPartNum(), e.getMessage());
                    return stored.get();
                }
            }
        }
    }

    private static void fail(SyncItemResult result, Counts counts, Integer status, String message) {
        result.outcome = SyncItemResult.Outcome.FAILED;
        result.httpStatus = status;
        result.message = message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message;
        counts.failed++;
    }

    /** Honours 429 Retry-After and renews an expired token, a bounded number of times. */
    private <T> T withWaits(PlatformSession session, java.util.function.Supplier<T> call) {
        int waits = 0;
        boolean renewed = false;
        while (true) {
            try {
                return call.get();
            } catch (RemoteFailure.RateLimited e) {
                if (++waits > config.sync().maxRateLimitWaits()) {
                    throw e;
                }
                metrics.counter("procurewire_catalog_sync_rate_limited_total").increment();
                sleep(e.retryAfter().toMillis());
            } catch (RemoteFailure.Unauthorized e) {
                if (renewed) {
                    throw e;
                }
                renewed = true;
                session.invalidateToken();
                client.fetchToken(session);
            }
        }
    }

    private Map<ProductKey, SyncPlan.Desired> desired(SyncTarget target, ContractTerms contract, LocalDate today) {
        Map<ProductKey, SyncPlan.Desired> desired = new LinkedHashMap<>();
        catalog.forEachVisible(contract, (BuyerItem item) -> {
            CatalogItem view = item.toCatalogItem(contract, today);
            if (view.price() == null) {
                return; // not priceable for this buyer: the platform must not offer it
            }
            SupplierItem wanted = new SupplierItem(null, view.supplierPartId(), view.supplierPartAuxiliaryId(), view.name(),
                    view.description(), view.price().amount().toPlainString(), new SupplierItem.Code(view.price().currency()),
                    new SupplierItem.Code(view.unitOfMeasure()), view.unspsc() == null ? null : new SupplierItem.Named(view.unspsc()),
                    view.manufacturerName(), view.manufacturerPartId(), view.leadTimeDays(), view.imageUrl(), true,
                    new SupplierItem.Numbered(target.supplierNumber),
                    contract == null ? null : new SupplierItem.Numbered(contract.code()), null);
            desired.put(SyncPlan.keyOf(wanted), new SyncPlan.Desired(wanted, view.priceVersion()));
        });
        return desired;
    }

    private Set<ProductKey> failedKeys(long runId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<ProductKey> keys = new HashSet<>();
            SyncItemResult.<SyncItemResult>list("runId = ?1 and outcome = ?2", runId, SyncItemResult.Outcome.FAILED)
                    .forEach(r -> keys.add(new ProductKey(r.supplierPartId, r.supplierPartAuxiliaryId)));
            return keys;
        });
    }

    /** Sends the alert first, then writes the run's summary and the alert record in one transaction. */
    private SyncRun finish(long runId, SyncTarget target, Counts counts, String error) {
        SyncRun.Status status = error != null ? SyncRun.Status.FAILED
                : counts.failed > 0 ? SyncRun.Status.PARTIAL : SyncRun.Status.SUCCEEDED;
        String cut = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
        LOG.infof("catalog sync run %d of target %d (buyer %s): %s; %d wanted, %d on the platform, %d added, %d changed, "
                        + "%d removed, %d unchanged, %d failed%s", runId, target.id, target.buyerCode, status,
                counts.desired, counts.remote, counts.added, counts.changed, counts.removed, counts.unchanged,
                counts.failed, error == null ? "" : "; " + error);
        SyncAlert alert = status == SyncRun.Status.SUCCEEDED ? null : alert(target, runId, status, counts.failed, cut);
        SyncRun run = QuarkusTransaction.requiringNew().call(() -> {
            SyncRun r = SyncRun.findById(runId);
            if (r.status != SyncRun.Status.RUNNING) {
                return r; // marked abandoned meanwhile (its lease had expired): that verdict stands
            }
            r.finishedAt = Instant.now();
            r.desiredItems = counts.desired;
            r.remoteItems = counts.remote;
            r.added = counts.added;
            r.changed = counts.changed;
            r.removed = counts.removed;
            r.unchanged = counts.unchanged;
            r.failed = counts.failed;
            r.error = cut;
            r.status = status;
            if (alert != null) {
                alert.persist();
            }
            return r;
        });
        metrics.counter("procurewire_catalog_sync_runs_total", "status", status.name()).increment();
        metrics.counter("procurewire_catalog_sync_items_failed_total").increment(counts.failed);
        return run;
    }

    /** Logs at WARN, calls the webhook if any, and answers the alert record to store. */
    private SyncAlert alert(SyncTarget target, long runId, SyncRun.Status status, int failed, String error) {
        String message = status == SyncRun.Status.FAILED
                ? "catalog sync of buyer " + target.buyerCode + " to platform " + target.platform + " failed: " + error
                : "catalog sync of buyer " + target.buyerCode + " to platform " + target.platform + ": " + failed
                + " item(s) failed; retry them with POST /api/sync-runs/" + runId + "/retry";
        LOG.warnf("ALERT %s (target %d, run %d)", message, target.id, runId);
        String url = alertWebhook(config.platforms().get(target.platform), config).orElse(null);
        String webhookStatus = "NOT_CONFIGURED";
        if (url != null) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("type", "procurewire.catalog.sync.failed");
            payload.put("targetId", target.id);
            payload.put("runId", runId);
            payload.put("buyerCode", target.buyerCode);
            payload.put("status", status.name());
            payload.put("failedItems", failed);
            payload.put("message", message);
            try {
                notifier.post(url, payload);
                webhookStatus = "DELIVERED";
            } catch (Exception e) {
                webhookStatus = "FAILED";
                LOG.warnf("could not deliver the sync alert of run %d to the webhook: %s", runId, e.getMessage());
            }
        }
        SyncAlert alert = new SyncAlert();
        alert.targetId = target.id;
        alert.runId = runId;
        alert.createdAt = Instant.now();
        alert.failedItems = failed;
        alert.message = message.length() > 2000 ? message.substring(0, 2000) : message;
        alert.webhookStatus = webhookStatus;
        return alert;
    }

    /** Alerts go only to configured webhooks: the platform's own, else the service-wide one. */
    static Optional<String> alertWebhook(CatalogConfig.Platform platform, CatalogConfig config) {
        return platform != null && platform.alertWebhookUrl().isPresent() ? platform.alertWebhookUrl()
                : config.sync().alertWebhookUrl();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rate limit", e);
        }
    }
}
