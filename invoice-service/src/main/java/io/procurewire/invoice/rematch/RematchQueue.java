package io.procurewire.invoice.rematch;

import io.procurewire.invoice.intake.InvoiceRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Re-matching on events. A receipt, a PO change, a decision that frees quantity or a corrected invoice writes a
 * request row in its own transaction (so the cause and the request commit together); a scheduler claims requests
 * with {@code FOR UPDATE SKIP LOCKED} (several replicas never match the same invoice at once) and re-runs each match
 * in one transaction with the deletion of its request. Requesting twice is one request (primary key). The request's
 * commit wakes the queue at once ({@link RematchWaker}); the poll is the safety net.
 */
@ApplicationScoped
public class RematchQueue {

    private static final Logger LOG = Logger.getLogger(RematchQueue.class);
    private static final String OPEN = "('RECEIVED','MATCHED','EXCEPTION','WAITING_FOR_PO_DATA')";
    /**
     * A request for an invoice whose earlier request is being processed must not be absorbed by it: that run read the
     * data before this cause committed. DO UPDATE waits for the running match's row lock; once it has committed and
     * deleted its row, this statement inserts a fresh request (DO NOTHING would have seen the old row and dropped it).
     */
    private static final String RENEW = " on conflict (invoice_id) do update set cause = excluded.cause, "
            + "requested_at = excluded.requested_at";

    private final EntityManager em;
    private final MatchRunner runner;
    private final RematchWaker waker;

    public RematchQueue(EntityManager em, MatchRunner runner, RematchWaker waker) {
        this.em = em;
        this.runner = runner;
        this.waker = waker;
    }

    /** Every undecided invoice that references the PO. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requestForPurchaseOrder(String poNumber, String cause) {
        int requested = em.createNativeQuery("insert into rematch_request (invoice_id, cause, requested_at) "
                        + "select distinct i.id, ?1, now() from invoice i join invoice_po p on p.invoice_id = i.id "
                        + "where p.po_number = ?2 and i.status in " + OPEN + RENEW)
                .setParameter(1, cut(cause)).setParameter(2, poNumber).executeUpdate();
        if (requested > 0) {
            waker.afterCommit();
        }
        return requested;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void request(long invoiceId, String cause) {
        em.createNativeQuery("insert into rematch_request (invoice_id, cause, requested_at) values (?1, ?2, now()) "
                + RENEW.trim()).setParameter(1, invoiceId).setParameter(2, cut(cause))
                .executeUpdate();
        waker.afterCommit();
    }

    /** The safety net behind {@link RematchWaker}: requests whose wake-up was lost (a crash, a failed run). */
    @Scheduled(every = "${procurewire.invoice.rematch-poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    /**
     * Runs requests until none is left (a full batch means more may wait); stops when a full batch ran nothing (every
     * invoice in it was locked by a correction or decision: their requests wait for the next wake-up or poll).
     */
    @ActivateRequestContext
    public void drain() {
        Batch batch;
        do {
            batch = batch(50);
        } while (batch.claimed() == 50 && batch.ran() > 0);
    }

    private record Batch(int claimed, int ran) {
    }

    /** Parked matches (waiting for PO data) are retried on this slower beat. */
    @Scheduled(every = "${procurewire.invoice.waiting-retry-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryWaiting() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into rematch_request (invoice_id, cause, requested_at) select id, 'retry: waiting for PO data', now() "
                        + "from invoice where status = 'WAITING_FOR_PO_DATA' on conflict (invoice_id) do nothing")
                .executeUpdate());
    }

    /** Claims and runs up to {@code limit} requests; answers how many it ran. */
    public int processBatch(int limit) {
        return batch(limit).ran();
    }

    private Batch batch(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int ran = 0;
            @SuppressWarnings("unchecked")
            List<Object[]> claimed = em.createNativeQuery("select invoice_id, cause from rematch_request "
                    + "order by requested_at for update skip locked limit ?1").setParameter(1, limit).getResultList();
            for (Object[] row : claimed) {
                long invoiceId = ((Number) row[0]).longValue();
                // the invoice's row lock: a correction or cancellation (or a reviewer's decision) holding it is not
                // waited for, its request stays for the next drain; reading the row after the lock sees the committed
                // document, so a match never writes back a revision a correction has replaced
                if (em.createNativeQuery("select id from invoice where id = ?1 for update skip locked")
                        .setParameter(1, invoiceId).getResultList().isEmpty()
                        && InvoiceRecord.count("id", invoiceId) > 0) {
                    continue;
                }
                ran++;
                InvoiceRecord invoice = InvoiceRecord.findById(invoiceId);
                if (invoice != null && MatchRunner.OPEN_STATUSES.contains(invoice.status)) {
                    runner.run(invoice, (String) row[1]);
                }
                em.createNativeQuery("delete from rematch_request where invoice_id = ?1").setParameter(1, invoiceId)
                        .executeUpdate();
            }
            if (ran > 0) {
                LOG.debugf("re-matched %d invoice(s)", ran);
            }
            return new Batch(claimed.size(), ran);
        });
    }

    private static String cut(String cause) {
        return cause.length() <= 255 ? cause : cause.substring(0, 255);
    }
}
