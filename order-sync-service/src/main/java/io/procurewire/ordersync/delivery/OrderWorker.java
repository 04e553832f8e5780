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
import io.procurewire.ordersync.platform.Breakers;
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
    private final Breakers breakers;

    OrderWorker(Ledger ledger, ErpClient erp, IntegrationTargets targets, PlatformConnections platforms,
                MonitoringReporter monitoring, ConfirmationSender confirmations, OrderSyncConfig config,
                SyncMetrics metrics, Breakers breakers) {
        this.breakers = breakers;
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
                breakers.beginStep();
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

    /** {@code sentUnconfirmed}: the earliest older version that was sent to the ERP but never confirmed, if any. */
    private record Work(Integration integration, LedgerOrder order, PoVersion version, PoVersion lastSent,
                        boolean newerExists, PoVersion sentUnconfirmed) {
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
            PoVersion sentUnconfirmed = versions.subList(0, i).stream()
                    .filter(o -> o.sentAt != null && o.erpDocumentNumber == null).findFirst().orElse(null);
            Integration integration = Integration.findById(order.integrationId);
            return new Work(integration, order, v, lastSent, newer, sentUnconfirmed);
        }
        return null;
    }

    private void sendToErp(Ledger.Claim claim, Work work) {
        PoSnapshot snapshot = ledger.snapshot(work.version);
        String document = work.order.erpDocumentNumber;
        ErpAction action = ErpAction.of(snapshot, document != null);
        ErpAction.Plan plan = ErpAction.plan(action, document != null, work.sentUnconfirmed != null);
        if (plan == ErpAction.Plan.SKIP) {
            LOG.infof("purchase order %s version %d is %s but the ERP never had it: not sent, recorded as skipped",
                    work.order.poNumber, work.version.erpVersion, snapshot.normalizedStatus());
            ledger.transition(claim, work.version.id, Event.SKIP_ERP, (o, v) -> {
                v.action = ErpAction.SKIP.wire();
                v.confirmedAt = OffsetDateTime.now();
                v.attempts = 0;
                v.lastError = null;
                v.nextAttemptAt = null;
            });
            return;
        }
        PoVersion previousSent = work.lastSent;
        if (plan == ErpAction.Plan.RECOVER_EARLIER_DOCUMENT) {
            previousSent = recoverEarlierDocument(claim, work);
            document = previousSent.erpDocumentNumber;
        }
        ledger.transition(claim, work.version.id, Event.SEND, (o, v) -> {
            v.attempts++;
            v.sentAt = OffsetDateTime.now();
        });
        PoSnapshot previous = previousSent == null ? null : ledger.snapshot(previousSent);
        String number = erp.send(targets.erp(work.integration), ErpMapping.toErp(snapshot, work.version.erpVersion,
                action, document, LineDiff.between(previous, snapshot)));
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

    /**
     * An earlier version went to the ERP without an answer and was superseded by this cancel/close: resend it under
     * its own key (idempotent: the ERP answers the document it created, or creates it now) to learn the document the
     * cancel/close applies to. Answers that version with its document number.
     */
    private PoVersion recoverEarlierDocument(Ledger.Claim claim, Work work) {
        PoVersion earlier = work.sentUnconfirmed;
        PoSnapshot earlierSnapshot = ledger.snapshot(earlier);
        LOG.infof("purchase order %s: version %d was sent without an answer; resending it to learn its ERP document "
                + "before version %d", work.order.poNumber, earlier.erpVersion, work.version.erpVersion);
        String number = erp.send(targets.erp(work.integration), ErpMapping.toErp(earlierSnapshot, earlier.erpVersion,
                ErpAction.CREATE, null, LineDiff.between(null, earlierSnapshot)));
        ledger.record(claim, earlier.id, (o, v) -> {
            v.erpDocumentNumber = number;
            v.action = ErpAction.CREATE.wire();
            if (o.erpDocumentNumber == null) {
                o.erpDocumentNumber = number;
            }
        });
        earlier.erpDocumentNumber = number;
        return earlier;
    }

    private void followUps(Ledger.Claim claim, Work work, Long platformRunId) {
        PoVersion v = work.version;
        // a newer version is on its way to the ERP: its own completion marks the PO; marking now would be early
        if (v.exportMarkRequired && work.order.platformPoId != null && !work.newerExists) {
            monitoring.exported(work.integration.monitoringOption, platforms.of(targets.platform(work.integration)),
                    report(work, platformRunId));
        }
        boolean skipped = ErpAction.SKIP.wire().equals(v.action);
        // a skipped version has no ERP document to confirm
        if (v.confirmationRequired && work.integration.confirmationUrl != null && !work.newerExists && !skipped) {
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
                snapshot.normalizedStatus(), work.version.erpDocumentNumber, platformRunId,
                ErpAction.SKIP.wire().equals(work.version.action));
    }

    /** Records a failed step: back-off, or a dead letter (reported to the buyer platform). Answers true if dead. */
    private boolean fail(Ledger.Claim claim, Work work, RuntimeException e, Long platformRunId) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        PoVersion current = QuarkusTransaction.requiringNew().call(() -> PoVersion.<PoVersion>findById(work.version.id));
        FailedStep step = FailedStep.of(e, current.state == VersionState.SENT_TO_ERP, current.attempts,
                config.delivery().maxAttempts(), breakers.requestLeftInStep());
        int attempts = step.attempts();
        if (step.dead()) {
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
        Duration delay = step.notAttempted() ? step.notBefore().plus(Duration.ofMillis((long) (step.notBefore().toMillis()
                * 0.5 * ThreadLocalRandom.current().nextDouble()))) : backoff.delay(attempts, step.notBefore());
        OffsetDateTime retryAt = ledger.databaseNow().plus(delay);
        LOG.infof("purchase order %s version %d: %s (%s); next in %d ms", work.order.poNumber,
                work.version.erpVersion, step.notAttempted() ? "not attempted" : "attempt " + attempts + " failed",
                error, delay.toMillis());
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
