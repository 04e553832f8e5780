package io.procurewire.invoice.posting;

import io.procurewire.invoice.InvoiceConfig;
import io.procurewire.invoice.outbox.Outbox;
import io.procurewire.invoice.po.BuyerPlatformClient;
import io.procurewire.invoice.po.PurchaseOrderLineRecord;
import io.procurewire.invoice.po.PurchaseOrderRecord;
import io.procurewire.invoice.receipt.ReceiptRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Posts receipts the supplier learned of to the buyer platform's {@code POST /api/receiving_transactions} through a
 * transactional outbox. {@link #enqueue} writes the {@code receipt_posting} row in the transaction that stores the
 * receipt, when {@link ReceiptPostingPolicy} says the buyer takes it. A scheduler (and {@code POST
 * /api/receipt-postings/run}) claims due rows with {@code FOR UPDATE SKIP LOCKED} (so two workers never hold the same
 * row), resolves the platform's order-line id, posts outside any transaction through {@link BuyerPlatformClient} and
 * stores the id the platform gave. Any claim after the first looks the transaction up before posting again, so an
 * attempt whose answer was lost is not a second transaction. The receiving pull asks {@link #linkPulled} before it
 * records a transaction: one we posted is linked, never counted again.
 */
@ApplicationScoped
public class ReceiptPostings {

    private static final Logger LOG = Logger.getLogger(ReceiptPostings.class);
    private static final Outbox<ReceiptPostingRecord> OUTBOX = new Outbox<>(ReceiptPostingRecord.class,
            "receipt_posting", "receipt_id", "PENDING", "SENDING");

    /** A claimed row: what to post, and the attempt number that fences the claim. */
    record Claim(long receiptId, int attempt, boolean mayExist, String poNumber, int poLine, Long orderLineId,
                 BigDecimal quantity, Instant transactionDate, String asnNumber) {
    }

    /** What one worker run did. */
    public record Run(int claimed, int sent, int retrying, int failed) {
    }

    private final InvoiceConfig config;
    private final InvoiceConfig.ReceiptPosting posting;
    private final BuyerPlatformClient client;
    private final EntityManager em;
    private final Map<String, ReceiptPostingPolicy.Rule> rules = new LinkedHashMap<>();

    public ReceiptPostings(InvoiceConfig config, BuyerPlatformClient client, EntityManager em) {
        this.config = config;
        this.posting = config.receiptPosting();
        this.client = client;
        this.em = em;
        posting.buyers().forEach((name, b) -> rules.put(name, new ReceiptPostingPolicy.Rule(b.enabled(), b.sources())));
    }

    /**
     * Writes the outbox row for a new receipt if its buyer takes it; caller holds the receipt's transaction.
     * {@code buyer}: the buyer named by the channel (a ship notice's sender), else the stored PO's buyer, else (PO
     * source = buyer platform, PO not read yet) the platform's buyer, whose PO it will be.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReceiptPostingRecord> enqueue(ReceiptRecord receipt, String buyer, String asnNumber) {
        if (ReceiptPostingPolicy.channel(receipt.source) == null) {
            return Optional.empty();
        }
        String resolved = buyer;
        if (resolved == null) {
            PurchaseOrderRecord po = PurchaseOrderRecord.findById(receipt.poNumber);
            resolved = po != null ? po.buyer
                    : "buyer-platform".equals(config.poSource()) ? config.buyerPlatform().buyerName() : null;
        }
        ReceiptPostingPolicy.Decision decision = ReceiptPostingPolicy.decide(receipt.source, receipt.quantity, resolved,
                config.buyerPlatform().buyerName(), rules);
        if (!decision.post()) {
            LOG.debugf("receipt %s not posted to the buyer platform: %s", receipt.receiptKey, decision.reason());
            return Optional.empty();
        }
        ReceiptPostingRecord row = new ReceiptPostingRecord();
        row.receiptId = receipt.id;
        row.buyer = resolved;
        row.poNumber = receipt.poNumber;
        row.poLine = receipt.poLine;
        row.orderLineId = storedLineId(receipt.poNumber, receipt.poLine);
        row.quantity = receipt.quantity;
        row.transactionDate = PostedTransaction.seconds(receipt.receivedAt);
        row.asnNumber = asnNumber;
        row.state = "PENDING";
        row.createdAt = Instant.now();
        row.nextAttemptAt = row.createdAt;
        row.persist();
        return Optional.of(row);
    }

    private static Long storedLineId(String poNumber, int poLine) {
        return PurchaseOrderLineRecord.<PurchaseOrderLineRecord>find("poNumber = ?1 and lineNumber = ?2", poNumber, poLine)
                .firstResultOptional().map(l -> l.platformLineId).orElse(null);
    }

    @Scheduled(identity = "receipt-posting", every = "${procurewire.invoice.receipt-posting.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            postDue(20);
        } catch (RuntimeException e) {
            LOG.warnf("receipt posting run failed; due postings stay due: %s", e.toString());
        }
    }

    /** Claims and posts up to {@code limit} due postings. */
    public Run postDue(int limit) {
        List<Claim> claims = QuarkusTransaction.requiringNew().call(() -> claim(limit));
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (Claim claim : claims) {
            String outcome = post(claim);
            switch (outcome) {
                case "SENT" -> sent++;
                case "FAILED" -> failed++;
                default -> retrying++;
            }
        }
        return new Run(claims.size(), sent, retrying, failed);
    }

    private String post(Claim claim) {
        try {
            Long lineId = claim.orderLineId();
            if (lineId == null) {
                lineId = resolveLine(claim);
                if (lineId == null) {
                    return QuarkusTransaction.requiringNew().call(() -> fail(claim, "PO " + claim.poNumber() + " line "
                            + claim.poLine() + " is not on the buyer platform (no order-line id to post against)"));
                }
            }
            long line = lineId;
            Set<Long> taken = QuarkusTransaction.requiringNew().call(() -> taken(line, claim.receiptId()));
            BuyerPlatformClient.ReceiptPost post = new BuyerPlatformClient.ReceiptPost(new PostedTransaction(line,
                    claim.quantity(), claim.transactionDate(), claim.asnNumber()), taken, claim.mayExist());
            BuyerPlatformClient.Posted posted = client.postReceipt(post);
            return QuarkusTransaction.requiringNew().call(() -> sent(claim, line, posted));
        } catch (BuyerPlatformClient.PlatformRefused e) {
            return QuarkusTransaction.requiringNew().call(() -> fail(claim, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warnf("receipt %d: buyer platform not reached (attempt %d): %s", claim.receiptId(), claim.attempt(), e);
            return QuarkusTransaction.requiringNew().call(() -> retryLater(claim, String.valueOf(e.getMessage())));
        }
    }

    private List<Claim> claim(int limit) {
        // an earlier attempt (this claim's is counted already) may have arrived: look before posting again
        return OUTBOX.claim(em, posting.inFlightTimeout(), limit).stream()
                .map(r -> new Claim(r.receiptId, r.attempts, r.attempts > 1, r.poNumber, r.poLine, r.orderLineId,
                        r.quantity, r.transactionDate, r.asnNumber)).toList();
    }

    /** The platform's order-line ids of the PO (a remote call, outside any transaction), recorded where they belong. */
    private Long resolveLine(Claim claim) {
        Optional<Map<Integer, Long>> ids = client.orderLineIds(claim.poNumber());
        if (ids.isEmpty()) {
            return null;
        }
        QuarkusTransaction.requiringNew().run(() -> ids.get().forEach((lineNumber, lineId) -> {
            em.createQuery("update PurchaseOrderLineRecord set platformLineId = ?1 where poNumber = ?2 and lineNumber = ?3")
                    .setParameter(1, lineId).setParameter(2, claim.poNumber()).setParameter(3, lineNumber).executeUpdate();
            em.createQuery("update ReceiptPostingRecord set orderLineId = ?1 where poNumber = ?2 and poLine = ?3 "
                            + "and orderLineId is null")
                    .setParameter(1, lineId).setParameter(2, claim.poNumber()).setParameter(3, lineNumber).executeUpdate();
        }));
        return ids.get().get(claim.poLine());
    }

    private Set<Long> taken(long orderLineId, long receiptId) {
        return new HashSet<>(em.createQuery("select platformId from ReceiptPostingRecord where orderLineId = ?1 "
                        + "and platformId is not null and receiptId <> ?2", Long.class)
                .setParameter(1, orderLineId).setParameter(2, receiptId).getResultList());
    }

    private Optional<ReceiptPostingRecord> current(Claim claim) {
        // another worker took over (after the in-flight timeout): its outcome counts, not ours
        return OUTBOX.current(em, claim.receiptId(), claim.attempt());
    }

    private String sent(Claim claim, long orderLineId, BuyerPlatformClient.Posted posted) {
        ReceiptPostingRecord r = em.find(ReceiptPostingRecord.class, claim.receiptId(), LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            return "SENT";
        }
        if (r.platformId != null) {
            if (r.platformId != posted.platformId()) {
                // the pull linked another transaction with this content meanwhile; ours is left for a receipt of the
                // same content that is still looking for its transaction (see README, residual window)
                LOG.warnf("receipt %d is linked to platform transaction %d; attempt %d got %d", r.receiptId,
                        r.platformId, claim.attempt(), posted.platformId());
            }
            return "SENT";
        }
        ReceiptPostingRecord holder = ReceiptPostingRecord.find("platformId", posted.platformId()).firstResult();
        if (holder != null) {
            return retryLater(claim, "platform transaction " + posted.platformId() + " is already linked to receipt "
                    + holder.receiptId + "; looking again");
        }
        r.platformId = posted.platformId();
        r.orderLineId = orderLineId;
        r.state = "SENT";
        r.sentAt = Instant.now();
        r.lastError = posted.found() ? "found on the platform after an attempt whose answer was lost" : null;
        return "SENT";
    }

    private String retryLater(Claim claim, String problem) {
        Optional<ReceiptPostingRecord> found = current(claim);
        if (found.isEmpty()) {
            return "RETRY";
        }
        ReceiptPostingRecord r = found.get();
        r.lastError = cut(problem);
        if (r.attempts - r.attemptsAtRequeue >= posting.maxAttempts()) {
            r.state = "FAILED";
            r.lastError = cut("gave up after " + (r.attempts - r.attemptsAtRequeue) + " attempts: " + problem);
            return "FAILED";
        }
        OUTBOX.retryLater(r, posting.retryDelay());
        return "RETRY";
    }

    private String fail(Claim claim, String reason) {
        Optional<ReceiptPostingRecord> found = current(claim);
        if (found.isEmpty()) {
            return "RETRY";
        }
        found.get().state = "FAILED";
        found.get().lastError = cut(reason);
        return "FAILED";
    }

    /** An admin posts a FAILED posting again (looked up first when an earlier attempt may have arrived). */
    @Transactional
    public Optional<ReceiptPostingRecord> requeue(long receiptId) {
        ReceiptPostingRecord r = ReceiptPostingRecord.findById(receiptId);
        if (r == null) {
            return Optional.empty();
        }
        if ("FAILED".equals(r.state)) {
            r.state = "PENDING";
            r.attemptsAtRequeue = r.attempts;
            r.nextAttemptAt = Instant.now();
        }
        return Optional.of(r);
    }

    /**
     * Asked by the receiving pull before it records a platform transaction: whether it is one we posted. Known by its
     * id, or (its POST's answer not recorded yet or lost) by its content on an order line where a posting of ours is
     * unconfirmed after an attempt; then the id is stored on that posting. Answers true for ours (the pull does not
     * count it again).
     */
    public boolean linkPulled(long transactionId, Long orderLineId, String type, BigDecimal quantity,
                              Instant transactionDate, String asnNumber) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> link(transactionId, orderLineId, type, quantity,
                    transactionDate, asnNumber));
        } catch (PersistenceException raceLost) {
            // the worker stored this id on another posting meanwhile (unique platform_id): read again
            return QuarkusTransaction.requiringNew().call(() -> link(transactionId, orderLineId, type, quantity,
                    transactionDate, asnNumber));
        }
    }

    private boolean link(long transactionId, Long orderLineId, String type, BigDecimal quantity,
                         Instant transactionDate, String asnNumber) {
        ReceiptPostingRecord r = ReceiptPostingRecord.<ReceiptPostingRecord>find("platformId", transactionId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (r == null && orderLineId != null) {
            List<ReceiptPostingRecord> unconfirmed = ReceiptPostingRecord.<ReceiptPostingRecord>find(
                    "orderLineId = ?1 and platformId is null and attempts > 0 order by receiptId", orderLineId)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list();
            for (ReceiptPostingRecord candidate : unconfirmed) {
                if (candidate.platformId == null
                        && candidate.transaction().matches(type, orderLineId, quantity, transactionDate, asnNumber)) {
                    r = candidate;
                    r.platformId = transactionId;
                    r.state = "SENT";
                    r.sentAt = Instant.now();
                    r.lastError = "linked by the receiving pull: transaction " + transactionId
                            + " has this receipt's content (the POST's answer was not recorded)";
                    em.flush();
                    break;
                }
            }
        }
        if (r == null) {
            return false;
        }
        if (r.linkedAt == null) {
            r.linkedAt = Instant.now();
        }
        return true;
    }

    private static String cut(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
