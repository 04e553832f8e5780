package io.procurewire.invoice.outbox;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The mechanics both outboxes share (invoices to the buyer: {@code Deliveries}; receipts to the buyer platform:
 * {@code ReceiptPostings}). A row is due in its waiting state once {@code next_attempt_at} has come, or in flight once
 * its claim is older than the in-flight timeout (its worker died mid-call). {@link #claim} takes due rows
 * {@code FOR UPDATE SKIP LOCKED} (two workers never hold one row), moves them in flight and counts the attempt; the
 * attempt number fences the claim: {@link #current} answers the row only while it is still in flight with that attempt,
 * so a worker whose row was taken over after the timeout records nothing. {@link #retryLater} puts a row back to
 * waiting after retry-delay × attempts (at most × 10). Each method runs in the caller's transaction; what is sent, what
 * an answer means and when to give up stay with the outbox that uses it.
 */
public final class Outbox<R extends OutboxRow> {

    private final Class<R> type;
    private final String claimSql;
    private final String waiting;
    private final String inFlight;

    /**
     * @param table    the outbox table, with columns {@code state, attempts, next_attempt_at, claimed_at}
     * @param idColumn its primary key (a bigint)
     */
    public Outbox(Class<R> type, String table, String idColumn, String waiting, String inFlight) {
        this.type = type;
        this.waiting = waiting;
        this.inFlight = inFlight;
        this.claimSql = "select " + idColumn + " from " + table + " where (state = '" + waiting
                + "' and next_attempt_at <= now()) or (state = '" + inFlight + "' and claimed_at < ?1) "
                + "order by next_attempt_at for update skip locked limit ?2";
    }

    /** Claims up to {@code limit} due rows: in flight from now, attempt counted. */
    public List<R> claim(EntityManager em, Duration inFlightTimeout, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(claimSql)
                .setParameter(1, Instant.now().minus(inFlightTimeout)).setParameter(2, limit).getResultList();
        Instant now = Instant.now();
        return ids.stream().map(id -> {
            R row = em.find(type, id.longValue());
            row.state = inFlight;
            row.claimedAt = now;
            row.attempts++;
            return row;
        }).toList();
    }

    /** The row of a claim, locked, while that claim still holds it (in flight, same attempt); else empty. */
    public Optional<R> current(EntityManager em, long id, int attempt) {
        R row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        return row != null && inFlight.equals(row.state) && row.attempts == attempt ? Optional.of(row) : Optional.empty();
    }

    /** Waiting again, due after retry-delay × attempts (at most × 10). */
    public void retryLater(R row, Duration retryDelay) {
        row.state = waiting;
        row.nextAttemptAt = Instant.now().plus(retryDelay.multipliedBy(Math.min(row.attempts, 10)));
    }
}
