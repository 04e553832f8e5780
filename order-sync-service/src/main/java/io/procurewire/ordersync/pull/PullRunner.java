package io.procurewire.ordersync.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.procurewire.ordersync.Instance;
import io.procurewire.ordersync.OrderSyncConfig;
import io.procurewire.ordersync.delivery.DeliveryPool;
import io.procurewire.ordersync.delivery.OrderWorker;
import io.procurewire.ordersync.integration.Integration;
import io.procurewire.ordersync.integration.IntegrationTargets;
import io.procurewire.ordersync.ledger.Ledger;
import io.procurewire.ordersync.monitoring.SyncMetrics;
import io.procurewire.ordersync.platform.PlatformConnection;
import io.procurewire.ordersync.platform.PlatformConnections;
import io.procurewire.ordersync.platform.RemoteFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pull run of an integration: claim the integration's run lease, list the POs to export page by page (keyset
 * on id: {@code id[gt]=<last id seen>}, so POs marked exported meanwhile cannot shift a page and hide another PO),
 * put each into the ledger, then drive the ledger's due POs through the ERP and the export mark, several at a time
 * ({@link DeliveryPool}: one lease per PO, run counts added atomically as each PO finishes). With monitoring
 * option 3 the whole run is mirrored in an integration run on the platform. A periodic reconciliation pass lists by
 * an updated-at watermark whatever the export flag says, to find changes the export flag hid.
 */
@ApplicationScoped
public class PullRunner {

    private static final Logger LOG = Logger.getLogger(PullRunner.class);

    private final EntityManager em;
    private final Ledger ledger;
    private final DeliveryPool pool;
    private final IntegrationTargets targets;
    private final PlatformConnections platforms;
    private final OrderSyncConfig config;
    private final Instance instance;
    private final ObjectMapper json;
    private final SyncMetrics metrics;

    PullRunner(EntityManager em, Ledger ledger, DeliveryPool pool, IntegrationTargets targets,
               PlatformConnections platforms, OrderSyncConfig config, Instance instance, ObjectMapper json,
               SyncMetrics metrics) {
        this.em = em;
        this.ledger = ledger;
        this.pool = pool;
        this.targets = targets;
        this.platforms = platforms;
        this.config = config;
        this.instance = instance;
        this.json = json;
        this.metrics = metrics;
    }

    /** Runs the integration now if no one else is running it; throws {@link RunBusy} otherwise. */
    public SyncRun run(String code, String kind) {
        Integration integration = QuarkusTransaction.requiringNew().call(() -> Integration.byCode(code));
        if (integration == null) {
            throw io.procurewire.problem.ProblemException.notFound("integration", code);
        }
        Long fence = claimRun(integration.id, false);
        if (fence == null) {
            throw new RunBusy(code);
        }
        return runClaimed(integration.id, fence, kind);
    }

    /** Claims the next integration whose schedule is due (for the scheduler) and runs it; false if none was due. */
    public boolean runNextDue() {
        @SuppressWarnings("unchecked")
        List<Number> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT id FROM integration WHERE next_run_at <= now() "
                                + "AND (run_lease_until IS NULL OR run_lease_until < now()) ORDER BY next_run_at LIMIT 5")
                .getResultList());
        for (Number id : due) {
            Long fence = claimRun(id.longValue(), true);
            if (fence != null) {
                runClaimed(id.longValue(), fence, "scheduled");
                return true;
            }
        }
        return false;
    }

    /** The run lease of an integration, by database time, fenced like PO leases. */
    private Long claimRun(long integrationId, boolean onlyIfDue) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> fence = em.createNativeQuery("UPDATE integration SET run_lease_owner = ?1, "
                            + "run_lease_until = now() + make_interval(secs => ?2), run_fence = run_fence + 1, "
                            + "next_run_at = now() + make_interval(secs => schedule_seconds) WHERE id = ?3 "
                            + "AND (run_lease_until IS NULL OR run_lease_until < now()) "
                            + (onlyIfDue ? "AND next_run_at <= now() " : "") + "RETURNING run_fence")
                    .setParameter(1, instance.id()).setParameter(2, config.lease().duration().toMillis() / 1000.0)
                    .setParameter(3, integrationId).getResultList();
            return fence.isEmpty() ? null : fence.get(0).longValue();
        });
    }

    private boolean renewRun(long integrationId, long fence) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("UPDATE integration SET "
                        + "run_lease_until = now() + make_interval(secs => ?1) WHERE id = ?2 AND run_fence = ?3")
                .setParameter(1, config.lease().duration().toMillis() / 1000.0).setParameter(2, integrationId)
                .setParameter(3, fence).executeUpdate() == 1);
    }

    private void releaseRun(long integrationId, long fence) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE integration SET run_lease_owner = NULL, "
                        + "run_lease_until = NULL WHERE id = ?1 AND run_fence = ?2")
                .setParameter(1, integrationId).setParameter(2, fence).executeUpdate());
    }

    private SyncRun runClaimed(long integrationId, long fence, String kind) {
        long started = System.nanoTime();
        Integration integration = QuarkusTransaction.requiringNew().call(() -> Integration.<Integration>findById(integrationId));
        SyncRun run = QuarkusTransaction.requiringNew().call(() -> {
            SyncRun r = new SyncRun();
            r.integrationId = integrationId;
            r.kind = kind;
            r.state = "running";
            r.startedAt = OffsetDateTime.now();
            r.persist();
            return r;
        });
        Counts counts = new Counts();
        Long platformRunId = null;
        String error = null;
        PlatformConnection platform = null;
        try {
            platform = platforms.of(targets.platform(integration));
            if (integration.monitoringOption == 3) {
                JsonNode created = platform.create("integration_runs", null, json.createObjectNode()
                        .set("integration", json.createObjectNode().put("code", integration.code)));
                platformRunId = created.path("id").asLong();
                long id = platformRunId;
                QuarkusTransaction.requiringNew().run(() -> SyncRun.<SyncRun>findById(run.id).platformRunId = id);
                platform.act("integration_runs", platformRunId, "run", json.createObjectNode());
            }
            listToExport(integration, platform, run.id, fence, counts);
            if (QuarkusTransaction.requiringNew().call(() -> reconciliationDue(integrationId))) {
                reconcile(integration, platform, run.id, fence, counts);
            }
            deliver(integration, run.id, fence, platformRunId);
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warnf("run %d of integration %s failed: %s", run.id, integration.code, error);
        } finally {
            // the workers added their outcomes to the run row as each PO finished
            SyncRun delivered = QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>findById(run.id));
            counts.succeeded = delivered.succeeded;
            counts.failed = delivered.failed;
            if (platformRunId != null && platform != null) {
                finishPlatformRun(platform, platformRunId, counts, error);
            }
            releaseRun(integrationId, fence);
        }
        String finalError = error;
        metrics.runFinished(integration.code, finalError == null, System.nanoTime() - started);
        // succeeded/failed are not written here: they are the workers' atomic additions (see countOutcome)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE sync_run SET state = ?1, error = ?2, "
                        + "finished_at = ?3, listed = ?4, new_versions = ?5 WHERE id = ?6")
                .setParameter(1, finalError == null ? "succeeded" : "failed").setParameter(2, finalError)
                .setParameter(3, OffsetDateTime.now()).setParameter(4, counts.listed)
                .setParameter(5, counts.newVersions).setParameter(6, run.id).executeUpdate());
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>findById(run.id));
    }

    /** Listing counts (one thread), and the delivery counts read back from the run row when the workers are done. */
    private static final class Counts {
        int listed;
        int newVersions;
        int succeeded;
        int failed;
    }

    private void listToExport(Integration integration, PlatformConnection platform, long runId, long fence,
                              Counts counts) {
        KeysetPager.forEach(cursor -> {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("exported", "false");
            narrow(integration, query);
            query.put("show_deleted_lines", "true");
            query.put("id[gt]", String.valueOf(cursor));
            query.put("limit", String.valueOf(config.pull().pageSize()));
            query.put("fields", CoupaOrders.FIELDS);
            return page(platform, query, integration.id, fence);
        }, CoupaOrders::id, po -> {
            Ledger.Ingested ingested = ledger.ingest(integration.id, CoupaOrders.snapshot(po), CoupaOrders.id(po),
                    CoupaOrders.updatedAt(po), Ledger.Source.PULL, runId, true, false);
            counts.listed++;
            if (ingested.newVersion()) {
                counts.newVersions++;
            }
        });
    }

    /** The integration's statuses, named API filter, suppliers and start: what this ERP takes. */
    static void narrow(Integration integration, Map<String, String> query) {
        query.put("status[in]", String.join(",", integration.statusList()));
        if (integration.exportFrom != null) {
            query.put("created-at[gt_or_eq]", integration.exportFrom.toString());
        }
        if (integration.apiFilter != null) {
            query.put("filter", integration.apiFilter);
        }
        if (!integration.supplierNumberList().isEmpty()) {
            query.put("supplier[number][in]", String.join(",", integration.supplierNumberList()));
        }
    }

    /** One page of purchase orders; renews the run lease first, so a replica that lost it stops listing. */
    private List<JsonNode> page(PlatformConnection platform, Map<String, String> query, long integrationId, long fence) {
        if (!renewRun(integrationId, fence)) {
            throw new IllegalStateException("the run lease was lost; another replica continues");
        }
        JsonNode page = platform.list("purchase_orders", query);
        List<JsonNode> records = new java.util.ArrayList<>();
        if (page != null && page.isArray()) {
            page.forEach(records::add);
        }
        return records;
    }

    private boolean reconciliationDue(long integrationId) {
        Integration i = Integration.findById(integrationId);
        return ((Number) em.createNativeQuery("SELECT count(*) FROM integration WHERE id = ?1 AND next_reconcile_at <= now()")
                .setParameter(1, i.id).getSingleResult()).longValue() > 0;
    }

    /**
     * Lists every PO changed since the watermark (minus an overlap), exported or not, and puts what the ledger does
     * not have yet into it: catches POs someone marked exported by hand, or changes that landed while the flag was
     * already set.
     */
    private void reconcile(Integration integration, PlatformConnection platform, long runId, long fence, Counts counts) {
        OffsetDateTime since = reconcileSince(integration, config.pull().reconcileOverlap());
        OffsetDateTime newest = integration.reconcileWatermark;
        OffsetDateTime[] newestSeen = {newest};
        KeysetPager.forEach(cursor -> {
            Map<String, String> query = new LinkedHashMap<>();
            narrow(integration, query);
            query.put("show_deleted_lines", "true");
            query.put("updated-at[gt]", since.toString());
            query.put("id[gt]", String.valueOf(cursor));
            query.put("limit", String.valueOf(config.pull().pageSize()));
            query.put("fields", CoupaOrders.FIELDS);
            return page(platform, query, integration.id, fence);
        }, CoupaOrders::id, po -> {
            Ledger.Ingested ingested = ledger.ingest(integration.id, CoupaOrders.snapshot(po), CoupaOrders.id(po),
                    CoupaOrders.updatedAt(po), Ledger.Source.PULL, runId, !CoupaOrders.exported(po), false);
            if (ingested.newVersion()) {
                counts.newVersions++;
            }
            OffsetDateTime updated = CoupaOrders.updatedAt(po);
            if (updated != null && (newestSeen[0] == null || updated.isAfter(newestSeen[0]))) {
                newestSeen[0] = updated;
            }
        });
        OffsetDateTime newestFinal = newestSeen[0];
        OffsetDateTime watermark = newestFinal;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE integration SET reconcile_watermark = ?1, "
                        + "next_reconcile_at = now() + make_interval(secs => ?2) WHERE id = ?3")
                .setParameter(1, watermark).setParameter(2, config.pull().reconcileEvery().toMillis() / 1000.0)
                .setParameter(3, integration.id).executeUpdate());
    }

    /**
     * Where a reconciliation pass starts listing: the watermark minus the overlap; on the first pass, the integration's
     * {@code exportFrom}, or else its creation (minus the overlap). Never the beginning of time: POs that were exported
     * before this integration existed are another system's, and re-sending them would duplicate them in the ERP.
     */
    static OffsetDateTime reconcileSince(Integration integration, java.time.Duration overlap) {
        if (integration.reconcileWatermark != null) {
            return integration.reconcileWatermark.minus(overlap);
        }
        if (integration.exportFrom != null) {
            return integration.exportFrom;
        }
        OffsetDateTime created = integration.createdAt == null ? OffsetDateTime.now() : integration.createdAt;
        return created.minus(overlap);
    }

    /** Delivers the integration's due POs with the worker pool, renewing the run lease after each claimed batch. */
    private void deliver(Integration integration, long runId, long fence, Long platformRunId) {
        pool.drain(integration.id, platformRunId, outcome -> countOutcome(runId, outcome), () -> {
            if (!renewRun(integration.id, fence)) {
                throw new IllegalStateException("the run lease was lost; another replica continues");
            }
        });
    }

    /** Adds one PO's outcome to the run in one atomic UPDATE: workers finish in any order, no addition is lost. */
    private void countOutcome(long runId, OrderWorker.Outcome outcome) {
        if (outcome.completed() == 0 && outcome.failed() == 0) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE sync_run SET "
                        + "succeeded = succeeded + ?1, failed = failed + ?2 WHERE id = ?3")
                .setParameter(1, outcome.completed()).setParameter(2, outcome.failed()).setParameter(3, runId)
                .executeUpdate());
    }

    private void finishPlatformRun(PlatformConnection platform, long platformRunId, Counts counts, String error) {
        try {
            platform.update("integration_runs", platformRunId, Map.of(), json.createObjectNode()
                    .put("total-records", counts.listed).put("success-count", counts.succeeded)
                    .put("error-count", counts.failed));
            platform.act("integration_runs", platformRunId, error == null ? "success" : "fail", json.createObjectNode());
        } catch (RemoteFailure e) {
            LOG.warnf("could not close integration run %d on the platform: %s", platformRunId, e.getMessage());
        }
    }
}
