package io.procurewire.invoice.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.invoice.InvoiceConfig;
import io.procurewire.invoice.matching.PurchaseOrder;
import io.procurewire.invoice.po.BuyerPlatformClient;
import io.procurewire.invoice.po.PoSource;
import io.procurewire.invoice.po.PurchaseOrders;
import io.procurewire.invoice.posting.ReceiptPostings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pulls goods receipts from the buyer platform's {@code receiving_transactions} (Core API), on a schedule and on
 * demand. Each run lists the transactions with {@code updated-at > watermark - overlap}, paged by keyset on id
 * ({@code id[gt]=<last id seen>}, the platform orders by id): a transaction cannot be skipped by a page shifting, and
 * one committed late with a lower id is caught by the next run's overlap. Each transaction is recorded through
 * {@link ReceiptBook} under the key {@code buyer-rt:<id>} (unique constraint: seen twice = one receipt), which
 * requests the re-match of the PO's undecided invoices in the same transaction. PO data missing locally is read
 * before, outside any database transaction. The watermark moves only after a complete run; a failed run keeps it and
 * the next run reads the same transactions again (idempotent). A lease row keeps two replicas from pulling at once.
 */
@ApplicationScoped
public class ReceivingPull {

    private static final Logger LOG = Logger.getLogger(ReceivingPull.class);
    static final String SOURCE = "buyer-platform";

    /** Outcome of one run. */
    public record Result(String trigger, int listed, int recorded, OffsetDateTime watermark, String error) {
    }

    /** Where the pull stands (GET /api/receiving-pull). */
    public record State(OffsetDateTime watermark, Instant lastRunAt, int lastListed, int lastRecorded,
                        String lastError, boolean running) {
    }

    /** Another run (this or another replica) holds the lease. */
    public static class Busy extends RuntimeException {
        Busy() {
            super("a receiving pull is already running");
        }
    }

    private final BuyerPlatformClient platform;
    private final ReceiptBook book;
    private final PurchaseOrders purchaseOrders;
    private final PoSource poSource;
    private final InvoiceConfig.ReceivingPull config;
    private final EntityManager em;
    private final ReceiptPostings postings;

    public ReceivingPull(BuyerPlatformClient platform, ReceiptBook book, PurchaseOrders purchaseOrders,
                         PoSource poSource, InvoiceConfig config, EntityManager em, ReceiptPostings postings) {
        this.platform = platform;
        this.postings = postings;
        this.book = book;
        this.purchaseOrders = purchaseOrders;
        this.poSource = poSource;
        this.config = config.receivingPull();
        this.em = em;
    }

    @Scheduled(identity = "receiving-pull", every = "${procurewire.invoice.receiving-pull.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run("schedule");
        } catch (Busy busy) {
            LOG.debug("receiving pull skipped: another run holds the lease");
        } catch (RuntimeException e) {
            LOG.warnf("receiving pull failed, the watermark stays and the next run reads again: %s", e.toString());
        }
    }

    /** Runs a pull now; throws {@link Busy} when one is running, the platform's failure when a page cannot be read. */
    public Result run(String trigger) {
        if (!claimLease()) {
            throw new Busy();
        }
        int listed = 0;
        int recorded = 0;
        try {
            OffsetDateTime watermark = QuarkusTransaction.requiringNew().call(() -> {
                Object value = em.createNativeQuery("select watermark from receiving_pull where source = ?1")
                        .setParameter(1, SOURCE).getSingleResult();
                return toOffset(value);
            });
            OffsetDateTime since = watermark == null ? null : watermark.minus(config.overlap());
            OffsetDateTime newest = watermark;
            long cursor = 0;
            while (true) {
                Map<String, String> query = new LinkedHashMap<>();
                query.put("type[in]", String.join(",", types()));
                if (since != null) {
                    query.put("updated-at[gt]", since.withOffsetSameInstant(ZoneOffset.UTC).toString());
                }
                query.put("id[gt]", String.valueOf(cursor));
                query.put("limit", String.valueOf(config.pageSize()));
                JsonNode page = platform.receivingTransactions(query);      // no database transaction is open here
                if (page == null || !page.isArray() || page.isEmpty()) {
                    break;
                }
                List<ReceivingTransactions.Pulled> pulled = new ArrayList<>();
                for (JsonNode transaction : page) {
                    cursor = Math.max(cursor, ReceivingTransactions.id(transaction));
                    OffsetDateTime updated = ReceivingTransactions.updatedAt(transaction);
                    if (updated != null && (newest == null || updated.isAfter(newest))) {
                        newest = updated;
                    }
                    listed++;
                    ReceivingTransactions.read(transaction).ifPresent(pulled::add);
                }
                prefetchPurchaseOrders(pulled);
                for (ReceivingTransactions.Pulled p : pulled) {
                    recorded += record(p);
                }
                if (!renewLease()) {
                    throw new IllegalStateException("the receiving-pull lease was lost; another replica continues");
                }
            }
            OffsetDateTime done = newest;
            int listedFinal = listed;
            int recordedFinal = recorded;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update receiving_pull set watermark = ?1, "
                            + "last_run_at = now(), last_listed = ?2, last_recorded = ?3, last_error = null, "
                            + "lease_until = null where source = ?4")
                    .setParameter(1, done).setParameter(2, listedFinal).setParameter(3, recordedFinal)
                    .setParameter(4, SOURCE).executeUpdate());
            if (recorded > 0) {
                LOG.infof("receiving pull (%s): %d transaction(s) listed, %d new receipt(s)", trigger, listed, recorded);
            }
            return new Result(trigger, listed, recorded, done, null);
        } catch (RuntimeException e) {
            String error = String.valueOf(e.getMessage());
            int listedFinal = listed;
            int recordedFinal = recorded;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update receiving_pull set last_run_at = now(), "
                            + "last_listed = ?1, last_recorded = ?2, last_error = ?3, lease_until = null where source = ?4")
                    .setParameter(1, listedFinal).setParameter(2, recordedFinal)
                    .setParameter(3, error.length() > 1000 ? error.substring(0, 1000) : error)
                    .setParameter(4, SOURCE).executeUpdate());
            throw e;
        }
    }

    public State state() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("select watermark, last_run_at, last_listed, last_recorded, "
                    + "last_error, lease_until > now() from receiving_pull where source = ?1")
                    .setParameter(1, SOURCE).getSingleResult();
            OffsetDateTime lastRun = toOffset(row[1]);
            return new State(toOffset(row[0]), lastRun == null ? null : lastRun.toInstant(),
                    ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), (String) row[4],
                    Boolean.TRUE.equals(row[5]));
        });
    }

    /**
     * A receipt, and for a voided transaction its cancellation; answers how many receipt records are new. A
     * transaction we posted ourselves (a receipt the supplier learned of) is linked to that receipt, not counted
     * again; only its void is recorded, against our receipt.
     */
    private int record(ReceivingTransactions.Pulled p) {
        int created = 0;
        boolean ours = postings.linkPulled(p.transactionId(), p.orderLineId(), p.type(), p.quantity(), p.receivedAt(),
                p.asnNumber());
        if (!ours && book.record(p.key(), p.poNumber(), p.poLine(), p.quantity(), p.receivedAt(), SOURCE).created()) {
            created++;
        }
        if (p.voided() && book.record(p.voidKey(), p.poNumber(), p.poLine(), p.quantity().negate(),
                p.updatedAt() == null ? null : p.updatedAt().toInstant(), SOURCE).created()) {
            created++;
        }
        return created;
    }

    /**
     * Reads the POs of the page that are not stored yet from the PO source (a remote call, so outside any database
     * transaction) and stores them, so the re-match the receipts trigger finds them. A PO the source cannot give now
     * is left to the match, which then waits for PO data.
     */
    private void prefetchPurchaseOrders(List<ReceivingTransactions.Pulled> pulled) {
        Set<String> poNumbers = new LinkedHashSet<>();
        pulled.forEach(p -> poNumbers.add(p.poNumber()));
        for (String poNumber : poNumbers) {
            boolean stored = QuarkusTransaction.requiringNew().call(() -> purchaseOrders.stored(poNumber).isPresent());
            if (stored) {
                continue;
            }
            Optional<PurchaseOrder> order;
            try {
                order = poSource.find(poNumber);
            } catch (PoSource.PoSourceUnavailable e) {
                LOG.debugf("PO %s not available for prefetch: %s", poNumber, e.getMessage());
                continue;
            }
            order.ifPresent(o -> QuarkusTransaction.requiringNew().run(() -> {
                if (purchaseOrders.stored(poNumber).isEmpty()) {
                    purchaseOrders.store(o);
                }
            }));
        }
    }

    private boolean claimLease() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("update receiving_pull "
                        + "set lease_until = now() + make_interval(secs => ?1) where source = ?2 "
                        + "and (lease_until is null or lease_until < now())")
                .setParameter(1, (double) config.lease().toSeconds()).setParameter(2, SOURCE).executeUpdate() == 1);
    }

    private boolean renewLease() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("update receiving_pull "
                        + "set lease_until = now() + make_interval(secs => ?1) where source = ?2 and lease_until is not null")
                .setParameter(1, (double) config.lease().toSeconds()).setParameter(2, SOURCE).executeUpdate() == 1);
    }

    private static List<String> types() {
        List<String> types = new ArrayList<>(ReceivingTransactions.RECEIPTS);
        types.addAll(ReceivingTransactions.RETURNS);
        types.sort(null);
        return types;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
