package io.procurewire.ordersync.replay;

import io.procurewire.ordersync.Instance;
import io.procurewire.ordersync.OrderSyncConfig;
import io.procurewire.ordersync.delivery.OrderWorker;
import io.procurewire.ordersync.integration.Integration;
import io.procurewire.ordersync.ledger.Ledger;
import io.procurewire.ordersync.ledger.LedgerOrder;
import io.procurewire.ordersync.ledger.PoVersion;
import io.procurewire.ordersync.ledger.VersionState;
import io.procurewire.ordersync.ledger.VersionStateMachine;
import io.procurewire.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * "Retry now" (a dead letter or a version waiting for its back-off goes again at once) and "re-send this version"
 * (any version back to RECEIVED: the ERP gets it again under the same idempotency key, then the follow-ups run
 * again). Neither touches the PO on the buyer platform beyond the export mark and monitoring records. Both take the
 * PO's lease first, so they never race a worker; the work then runs right away in the request.
 */
@ApplicationScoped
public class ReplayService {

    private final Ledger ledger;
    private final OrderWorker worker;
    private final Instance instance;
    private final OrderSyncConfig config;
    private final LedgerQueries queries;

    ReplayService(Ledger ledger, OrderWorker worker, Instance instance, OrderSyncConfig config, LedgerQueries queries) {
        this.ledger = ledger;
        this.worker = worker;
        this.instance = instance;
        this.config = config;
        this.queries = queries;
    }

    public LedgerQueries.OrderView retryNow(String code, String poNumber) {
        LedgerOrder order = QuarkusTransaction.requiringNew().call(() ->
                LedgerQueries.find(LedgerQueries.integration(code), poNumber));
        List<PoVersion> waiting = QuarkusTransaction.requiringNew().call(() -> PoVersion.<PoVersion>list(
                "orderId = ?1 and state in ?2 order by revision", order.id,
                List.of(VersionState.DEAD_LETTERED, VersionState.RECEIVED, VersionState.SENT_TO_ERP,
                        VersionState.ERP_CONFIRMED)));
        if (waiting.isEmpty()) {
            throw ProblemException.conflict("purchase order " + poNumber + " has nothing to retry");
        }
        Ledger.Claim claim = claim(order);
        for (PoVersion version : waiting) {
            ledger.transition(claim, version.id, VersionStateMachine.Event.RETRY_NOW, (o, v) -> {
                v.attempts = 0;
                v.nextAttemptAt = null;
            });
        }
        worker.process(claim, null);
        return queries.order(code, poNumber);
    }

    public LedgerQueries.OrderView resend(String code, String poNumber, int revision) {
        LedgerOrder order = QuarkusTransaction.requiringNew().call(() ->
                LedgerQueries.find(LedgerQueries.integration(code), poNumber));
        PoVersion version = QuarkusTransaction.requiringNew().call(() -> PoVersion.<PoVersion>find(
                "orderId = ?1 and revision = ?2", order.id, revision).firstResult());
        if (version == null) {
            throw ProblemException.notFound("version", poNumber + " revision " + revision);
        }
        Ledger.Claim claim = claim(order);
        ledger.transition(claim, version.id, VersionStateMachine.Event.REPLAY, (o, v) -> {
            v.attempts = 0;
            v.nextAttemptAt = null;
            v.lastError = null;
            v.failedIn = null;
            v.completedAt = null;
        });
        worker.process(claim, null);
        return queries.order(code, poNumber);
    }

    private Ledger.Claim claim(LedgerOrder order) {
        return ledger.claim(order.id, instance.id(), config.lease().duration()).orElseThrow(() ->
                ProblemException.conflict("purchase order " + order.poNumber
                        + " is being processed right now; try again in a moment"));
    }

    static Integration integration(String code) {
        return LedgerQueries.integration(code);
    }
}
