package io.procurewire.ordersync.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The one ledger per purchase order. All writes are short transactions; state changes of a claimed order are fenced:
 * they apply only while the order's {@code fence} still equals the value the worker claimed it with, so a worker
 * whose lease expired (GC pause, network partition) cannot overwrite what its successor did.
 */
@ApplicationScoped
public class Ledger {

    public enum Source { PULL, PUSH }

    /** What ingesting a snapshot did: a new version, or the same content as the latest version. */
    public record Ingested(long orderId, long versionId, int revision, boolean newVersion, VersionState state) {
    }

    /** A claim on one order: its id and the fence value every write must present. */
    public record Claim(long orderId, long fence, String owner) {
    }

    public static final class LeaseLost extends RuntimeException {
        public LeaseLost(Claim claim) {
            super("lease on purchase order " + claim.orderId() + " lost (fence " + claim.fence() + ")");
        }
    }

    private final EntityManager em;
    private final ObjectMapper json;

    Ledger(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Stores a snapshot: a new version when its content differs from the latest version of the PO (or the PO is
     * new), otherwise records the follow-ups the source asks for (a pulled PO still flagged not-exported needs the
     * export mark again, even when its content is already in the ERP). Runs in its own transaction.
     */
    public Ingested ingest(long integrationId, PoSnapshot snapshot, Long platformPoId, OffsetDateTime platformUpdatedAt,
                           Source source, Long runId, boolean exportMarkRequired, boolean confirmationRequired) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // upsert + row lock: push and pull of the same PO serialise here
            Number orderId = (Number) em.createNativeQuery("INSERT INTO purchase_order (integration_id, po_number, "
                            + "platform_po_id) VALUES (?1, ?2, ?3) ON CONFLICT (integration_id, po_number) DO UPDATE SET "
                            + "platform_po_id = COALESCE(EXCLUDED.platform_po_id, purchase_order.platform_po_id), "
                            + "updated_at = now() RETURNING id")
                    .setParameter(1, integrationId).setParameter(2, snapshot.poNumber())
                    .setParameter(3, platformPoId).getSingleResult();
            long order = orderId.longValue();
            PoVersion latest = latest(order).orElse(null);
            String hash = snapshot.contentHash();
            if (latest != null && latest.contentHash.equals(hash)) {
                boolean reopen = false;
                if (exportMarkRequired) {
                    latest.exportMarkRequired = true;
                    reopen = true;
                }
                if (confirmationRequired && !latest.confirmationRequired) {
                    latest.confirmationRequired = true;
                    reopen = true;
                }
                if (platformUpdatedAt != null) {
                    latest.platformUpdatedAt = platformUpdatedAt;
                }
                if (reopen && latest.state == VersionState.COMPLETED) {
                    // a follow-up is owed again (e.g. the buyer reset the export flag): back to the follow-up step
                    latest.state = VersionStateMachine.next(latest.state, VersionStateMachine.Event.FOLLOW_UP_OWED, null);
                    latest.completedAt = null;
                }
                latest.updatedAt = OffsetDateTime.now();
                if (reopen && latest.state != VersionState.DEAD_LETTERED && latest.state != VersionState.SUPERSEDED) {
                    markDue(order);
                }
                return new Ingested(order, latest.id, latest.revision, false, latest.state);
            }
            int revision = latest == null ? 1 : latest.revision + 1;
            int platformVersion = snapshot.platformVersion() == null ? 1 : snapshot.platformVersion();
            int erpVersion = latest == null ? Math.max(1, platformVersion) : Math.max(platformVersion, latest.erpVersion + 1);
            em.createNativeQuery("UPDATE po_version SET state = 'SUPERSEDED', updated_at = now() "
                            + "WHERE order_id = ?1 AND state IN ('RECEIVED', 'DEAD_LETTERED')")
                    .setParameter(1, order).executeUpdate();
            Number id = (Number) em.createNativeQuery("INSERT INTO po_version (order_id, revision, erp_version, "
                            + "platform_version, platform_updated_at, content_hash, action, snapshot, source, state, "
                            + "export_mark_required, confirmation_required, run_id, next_attempt_at) VALUES (?1, ?2, ?3, ?4, "
                            + "?5, ?6, ?7, ?8, ?9, 'RECEIVED', ?10, ?11, ?12, now()) RETURNING id")
                    .setParameter(1, order).setParameter(2, revision).setParameter(3, erpVersion)
                    .setParameter(4, snapshot.platformVersion()).setParameter(5, platformUpdatedAt)
                    .setParameter(6, hash).setParameter(7, ErpAction.of(snapshot, hasConfirmedVersion(order)).wire())
                    .setParameter(8, write(snapshot)).setParameter(9, source.name().toLowerCase(java.util.Locale.ROOT))
                    .setParameter(10, exportMarkRequired).setParameter(11, confirmationRequired)
                    .setParameter(12, runId).getSingleResult();
            markDue(order);
            return new Ingested(order, id.longValue(), revision, true, VersionState.RECEIVED);
        });
    }

    private void markDue(long orderId) {
        em.createNativeQuery("UPDATE purchase_order SET work_due_at = now() WHERE id = ?1")
                .setParameter(1, orderId).executeUpdate();
    }

    private boolean hasConfirmedVersion(long orderId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM po_version WHERE order_id = ?1 "
                + "AND erp_document_number IS NOT NULL").setParameter(1, orderId).getSingleResult()).longValue() > 0;
    }

    /** Database time: every replica compares against the same clock. */
    public OffsetDateTime databaseNow() {
        return QuarkusTransaction.joiningExisting().call(() -> ((java.time.Instant) em.createNativeQuery("SELECT now()",
                java.time.Instant.class).getSingleResult()).atOffset(java.time.ZoneOffset.UTC));
    }

    public Optional<PoVersion> latest(long orderId) {
        return PoVersion.<PoVersion>find("orderId = ?1 order by revision desc", orderId).firstResultOptional();
    }

    /**
     * Claims up to {@code limit} orders with work due, by database time, skipping rows another replica is claiming
     * right now ({@code FOR UPDATE SKIP LOCKED}) and rows whose lease has not expired.
     */
    @SuppressWarnings("unchecked")
    public List<Claim> claimDue(String owner, int limit, Duration lease, Long integrationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery("UPDATE purchase_order SET lease_owner = ?1, "
                            + "lease_until = now() + make_interval(secs => ?2), fence = fence + 1 WHERE id IN ("
                            + "SELECT id FROM purchase_order WHERE work_due_at <= now() "
                            + "AND (lease_until IS NULL OR lease_until < now()) "
                            + (integrationId == null ? "" : "AND integration_id = ?4 ")
                            + "ORDER BY work_due_at LIMIT ?3 FOR UPDATE SKIP LOCKED) RETURNING id, fence")
                    .setParameter(1, owner).setParameter(2, (double) lease.toMillis() / 1000.0)
                    .setParameter(3, limit);
            if (integrationId != null) {
                query.setParameter(4, integrationId);
            }
            List<Object[]> rows = query.getResultList();
            return rows.stream().map(r -> new Claim(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), owner))
                    .toList();
        });
    }

    /** Claims one given order now (for replay/retry from the API), if nobody holds it. */
    @SuppressWarnings("unchecked")
    public Optional<Claim> claim(long orderId, String owner, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object> rows = em.createNativeQuery("UPDATE purchase_order SET lease_owner = ?1, "
                            + "lease_until = now() + make_interval(secs => ?2), fence = fence + 1 WHERE id = ?3 "
                            + "AND (lease_until IS NULL OR lease_until < now()) RETURNING fence")
                    .setParameter(1, owner).setParameter(2, (double) lease.toMillis() / 1000.0)
                    .setParameter(3, orderId).getResultList();
            return rows.stream().findFirst().map(f -> new Claim(orderId, ((Number) f).longValue(), owner));
        });
    }

    /** Ends a claim: the next due time is the earliest pending retry of the order (or none). */
    public void release(Claim claim) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE purchase_order SET lease_owner = NULL, "
                        + "lease_until = NULL, updated_at = now(), work_due_at = (SELECT min(COALESCE(next_attempt_at, now())) "
                        + "FROM po_version WHERE order_id = ?1 AND state IN ('RECEIVED', 'SENT_TO_ERP', 'ERP_CONFIRMED')) "
                        + "WHERE id = ?1 AND fence = ?2")
                .setParameter(1, claim.orderId()).setParameter(2, claim.fence()).executeUpdate());
    }

    /** Applies a fenced change to a version; throws {@link LeaseLost} when the claim is no longer current. */
    public void transition(Claim claim, long versionId, VersionStateMachine.Event event, Change change) {
        QuarkusTransaction.requiringNew().run(() -> {
            LedgerOrder order = em.find(LedgerOrder.class, claim.orderId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (order == null || order.fence != claim.fence()) {
                throw new LeaseLost(claim);
            }
            PoVersion version = em.find(PoVersion.class, versionId);
            VersionState next = VersionStateMachine.next(version.state, event, version.failedIn);
            if (event == VersionStateMachine.Event.DEAD_LETTER) {
                version.failedIn = version.state;
            }
            version.state = next;
            version.updatedAt = OffsetDateTime.now();
            change.apply(order, version);
        });
    }

    /** Applies a fenced change to a version without changing its state. */
    public void record(Claim claim, long versionId, Change change) {
        QuarkusTransaction.requiringNew().run(() -> {
            LedgerOrder order = em.find(LedgerOrder.class, claim.orderId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (order == null || order.fence != claim.fence()) {
                throw new LeaseLost(claim);
            }
            PoVersion version = em.find(PoVersion.class, versionId);
            version.updatedAt = OffsetDateTime.now();
            change.apply(order, version);
        });
    }

    @FunctionalInterface
    public interface Change {
        void apply(LedgerOrder order, PoVersion version);

        static Change none() {
            return (o, v) -> { };
        }
    }

    public PoSnapshot snapshot(PoVersion version) {
        try {
            return json.readValue(version.snapshot, PoSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored snapshot of version " + version.id + " is unreadable", e);
        }
    }

    private String write(PoSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
