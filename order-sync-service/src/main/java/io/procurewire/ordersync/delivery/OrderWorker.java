package io.procurewire.ordersync.delivery;

import io.procurewire.ordersync.OrderSyncConfig;
import io.procurewire.ordersync.erp.ErpClient;
import io.procurewire.ordersync.erp.ErpMapping;
import io.procurewire.ordersync.integration.Integration;
import io.procurewire.ordersync.integration.IntegrationTargets;
import io.procurewire.ordersync.ledger.Backoff;
import io.procurewire.ordersync.ledger.ErpAction;
import io.procurewire.ordersync.ledger.Ledger;
import io.procurewire.ordersync.ledger.LedgerOrder;
import io.procurewire.ordersync.ledger.LineDiff;
import io.procurewire.ordersync.ledger.PoSnapshot;
import io.procurewire.ordersync.ledger.PoVersion;
import io.procurewire.ordersync.ledger.VersionState;
import io.procurewire.ordersync.ledger.VersionStateMachine.Event;
import io.procurewire.ordersync.monitoring.MonitoringReporter;
import io.procurewire.ordersync.monitoring.SyncMetrics;
import io.procurewire.ordersync.platform.PlatformConnections;
import io.procurewire.ordersync.platform.RemoteFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Moves claimed purchase orders through the state machine: ERP write, then the buyer-side follow-ups (export mark
 * with monitoring records for pulled POs, ConfirmationRequest for pushed ones). Every state change is committed
 * before the next remote call, so a crash anywhere resumes at the last committed step; the ERP write is idempotent
 * on po-number + version, so resuming after SENT_TO_ERP never creates a second ERP document.
 */
@ApplicationScoped
public class OrderWorker {

    private static final Logger LOG = Logger.getLogger(OrderWorker.class);

    /** The outcome of one claim, for the run counts. */
    public record Outcome(int completed, int failed) {
        static final Outcome NONE = new Outcome(0, 0);
    }

    private final Ledger ledger;
    private final ErpClient erp;
    private final IntegrationTargets targets;
    private final PlatformConnections platforms;
    private final MonitoringReporter monitoring;
    private final ConfirmationSender confirmations;
    private final OrderSyncConfig config;
    private final Backoff backoff;
    private final SyncMetrics metrics;

    OrderWorker(Ledger ledger, ErpClient erp, IntegrationTargets targets, PlatformConnections platforms,
                MonitoringReporter monitoring, ConfirmationSender confirmations, OrderSyncConfig config,
                SyncMetrics metrics) {
        this.metrics = metrics;
        this.ledger = ledger;
        this.erp = erp;
        this.targets = targets;
        this.platforms = platforms;
        this.monitoring = monitoring;
        this.confirmations = confirmations;
        this.config = config;
        this.backoff = new Backoff(config.delivery().backoffBase(), config.delivery().backoffMax(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Processes one claimed order as far as it goes now, then releases the claim. */
    public Outcome process(Ledger.Claim claim, Long platformRunId) {
        try {
            return advance(claim, platformRunId);
        } catch (Ledger.LeaseLost e) {
            LOG.warnf("%s; another worker continues", e.getMessage());
            return Outcome.NONE;
        } finally {
            try {
                ledger.release(claim);
            } catch (RuntimeException e) {
                LOG.warnf(e, "could not release purchase order %d; the lease expires by itself", claim.orderId());
            }
        }
    }

    private Outcome advance(Ledger.Claim claim, Long platformRunId) {
        int completed = 0;
        int failed = 0;
        for (int step = 0; step < 10; step++) {
            Work work = QuarkusTransaction.requiringNew().call(() -> nextWork(claim));
            if (work == null) {
                break;
            }
            try {
                switch (work.version.state) {
                    case RECEIVED, SENT_TO_ERP -> sendToErp(claim, work);
                    case ERP_CONFIRMED -> {
                        followUps(claim, work, platformRunId);
                        completed++;
                    }
                    default -> throw new IllegalStateException("not workable: " + work.version.state);
                }
            } catch (Ledger.LeaseLost e) {
                throw e;
            } catch (RuntimeException e) {
                if (fail(claim, work, e, platformRunId)) {
                    failed++;
                }
                break;
            }
        }
        return new Outcome(completed, failed);
    }

    private record Work(Integration integration, LedgerOrder order, PoVersion version, PoVersion lastSent,
                        boolean newerExists) {
    }

    /** The oldest workable version of the order (older unsent ones were superseded at ingest). */
    private Work nextWork(Ledger.Claim claim) {
        LedgerOrder order = LedgerOrder.findById(claim.orderId());
        if (order == null || order.fence != claim.fence()) {
            throw new Ledger.LeaseLost(claim);
        }
        List<PoVersion> versions = PoVersion.list("orderId = ?1 order by revision", order.id);
        OffsetDateTime now = ledger.databaseNow();
        for (int i = 0; i < versions.size(); i++) {
            PoVersion v = versions.get(i);
            boolean workable = v.state == VersionState.RECEIVED || v.state == VersionState.SENT_TO_ERP
                    || v.state == VersionState.ERP_CONFIRMED;
            if (!workable) {
                continue;
            }
            if (v.nextAttemptAt != null && v.nextAttemptAt.isAfter(now)) {
                return null;
            }
            PoVersion lastSent = null;
            for (int j = i - 1; j >= 0; j--) {
                if (versions.get(j).erpDocumentNumber != null) {
                    lastSent = versions.get(j);
                    break;
                }
            }
            boolean newer = versions.subList(i + 1, versions.size()).stream()
                    .anyMatch(n -> n.state != VersionState.SUPERSEDED);
            Integration integration = Integration.findById(order.integrationId);
            return new Work(integration, order, v, lastSent, newer);
        }
        return null;
    }

    private void sendToErp(Ledger.Claim claim, Work work) {
        ledger.transition(claim, work.version.id, Event.SEND, (o, v) -> {
            v.attempts++;
            v.sentAt = OffsetDateTime.now();
        });
        PoSnapshot snapshot = ledger.snapshot(work.version);
        PoSnapshot previous = work.lastSent == null ? null : ledger.snapshot(work.lastSent);
        ErpAction action = ErpAction.of(snapshot, work.order.erpDocumentNumber != null);
        String number = erp.send(targets.erp(work.integration), ErpMapping.toErp(snapshot, work.version.erpVersion,
                action, work.order.erpDocumentNumber, LineDiff.between(previous, snapshot)));
        ledger.transition(claim, work.version.id, Event.ERP_CONFIRMED, (o, v) -> {
            v.erpDocumentNumber = number;
            v.action = action.wire();
            v.confirmedAt = OffsetDateTime.now();
            v.attempts = 0;
            v.lastError = null;
            v.nextAttemptAt = null;
            if (o.erpDocumentNumber == null) {
                o.erpDocumentNumber = number;
            }
        });
    }

    private void followUps(Ledger.Claim claim, Work work, Long platformRunId) {
        PoVersion v = work.version;
        // a newer version is on its way to the ERP: its own completion marks the PO; marking now would be early
        if (v.exportMarkRequired && work.order.platformPoId != null && !work.newerExists) {
            monitoring.exported(work.integration.monitoringOption, platforms.of(targets.platform(work.integration)),
                    report(work, platformRunId));
        }
        if (v.confirmationRequired && work.integration.confirmationUrl != null && !work.newerExists) {
            confirmations.confirm(work.integration, v, work.order.poNumber);
        }
        ledger.transition(claim, v.id, Event.FOLLOW_UPS_DONE, (o, ver) -> {
            ver.completedAt = OffsetDateTime.now();
            ver.attempts = 0;
            ver.lastError = null;
            ver.nextAttemptAt = null;
            if (ver.exportMarkRequired && o.platformPoId != null) {
                o.errorReported = false;
            }
        });
    }

    private MonitoringReporter.Report report(Work work, Long platformRunId) {
        PoSnapshot snapshot = ledger.snapshot(work.version);
        return new MonitoringReporter.Report(work.order.platformPoId, work.order.poNumber, work.version.erpVersion,
                snapshot.normalizedStatus(), work.version.erpDocumentNumber, work.order.errorReported, platformRunId,
                work.version.attempts > 0);
    }

    /** Records a failed step: back-off, or a dead letter (reported to the buyer platform). Answers true if dead. */
    private boolean fail(Ledger.Claim claim, Work work, RuntimeException e, Long platformRunId) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean retryable = !(e instanceof RemoteFailure failure) || failure.retryable();
        PoVersion current = QuarkusTransaction.requiringNew().call(() -> PoVersion.<PoVersion>findById(work.version.id));
        // the ERP step counted its attempt when it committed SENT_TO_ERP; the other steps count here
        int attempts = current.state == VersionState.SENT_TO_ERP ? current.attempts : current.attempts + 1;
        boolean dead = !retryable || attempts >= config.delivery().maxAttempts();
        Duration retryAfter = e instanceof RemoteFailure.RateLimited limited ? limited.retryAfter() : null;
        if (dead) {
            LOG.warnf("purchase order %s version %d dead-lettered after %d attempt(s): %s", work.order.poNumber,
                    work.version.erpVersion, attempts, error);
            ledger.transition(claim, work.version.id, Event.DEAD_LETTER, (o, v) -> {
                v.attempts = attempts;
                v.lastError = error;
                v.nextAttemptAt = null;
            });
            metrics.deadLettered(work.integration.code);
            reportDeadLetter(claim, work, error, platformRunId);
            return true;
        }
        Duration delay = backoff.delay(attempts, retryAfter);
        OffsetDateTime retryAt = ledger.databaseNow().plus(delay);
        LOG.infof("purchase order %s version %d: attempt %d failed (%s); next in %d ms", work.order.poNumber,
                work.version.erpVersion, attempts, error, delay.toMillis());
        ledger.transition(claim, work.version.id, Event.FAIL_RETRYABLE, (o, v) -> {
            v.attempts = attempts;
            v.lastError = error;
            v.nextAttemptAt = retryAt;
        });
        return false;
    }

    private void reportDeadLetter(Ledger.Claim claim, Work work, String error, Long platformRunId) {
        if (!work.version.exportMarkRequired || work.order.platformPoId == null) {
            return;
        }
        try {
            monitoring.failed(work.integration.monitoringOption, platforms.of(targets.platform(work.integration)),
                    report(work, platformRunId), error);
            QuarkusTransaction.requiringNew().run(() -> {
                LedgerOrder order = LedgerOrder.findById(claim.orderId());
                if (order != null && order.fence == claim.fence()) {
                    order.errorReported = true;
                }
            });
        } catch (RuntimeException reportFailure) {
            LOG.warnf("could not report the dead letter of %s to the buyer platform: %s", work.order.poNumber,
                    reportFailure.getMessage());
        }
    }
}
