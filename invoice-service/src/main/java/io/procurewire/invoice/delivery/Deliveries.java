package io.procurewire.invoice.delivery;

import io.procurewire.invoice.outbox.Outbox;
import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.CxmlWriter;
import io.procurewire.cxml.PayloadIds;
import io.procurewire.invoice.intake.InvoiceRecord;
import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.review.DecisionRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends matched (and reviewer-accepted) invoices to their buyer's platform as cXML, exactly once. Queuing happens in
 * the transaction that decided the invoice: the document is written then, with its payloadID, and the invoice becomes
 * {@code SENDING} (no longer matched again). A scheduler claims due deliveries ({@code FOR UPDATE SKIP LOCKED}, so
 * replicas never send the same one at once), posts them outside any transaction and records the buyer's answer:
 * 2xx = ACCEPTED (invoice {@code BUYER_ACCEPTED}), 4xx = REJECTED ({@code BUYER_REJECTED}, the Status text kept),
 * no answer / 5xx = queued again with a growing delay, FAILED after max-attempts. A 409 naming the payloadID means an
 * earlier attempt arrived (its answer was lost): accepted.
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);
    private static final Outbox<DeliveryRecord> OUTBOX = new Outbox<>(DeliveryRecord.class, "invoice_delivery",
            "invoice_id", "QUEUED", "SENT");

    /** A claimed delivery: what to post, and the attempt number that identifies the claim. */
    record Claim(long invoiceId, String url, String document, int attempt) {
    }

    private final DeliveryConfig config;
    private final BuyerInvoiceClient client;
    private final EntityManager em;
    private final CxmlWriter writer = new CxmlWriter();

    public Deliveries(DeliveryConfig config, BuyerInvoiceClient client, EntityManager em) {
        this.config = config;
        this.client = client;
        this.em = em;
    }

    /** Whether invoices of this buyer are sent anywhere. */
    public boolean configured(String buyer) {
        return buyer != null && config.buyers().containsKey(buyer);
    }

    /**
     * Queues the invoice for its buyer, if one is configured and it is not queued yet; marks it SENDING.
     * Answers whether it is (now or already) on its way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(InvoiceRecord record, Invoice invoice, OutboundInvoice.MatchInfo match) {
        if (!configured(record.buyer)) {
            return false;
        }
        if (DeliveryRecord.findById(record.id) != null) {
            return true;
        }
        DeliveryConfig.Buyer buyer = config.buyers().get(record.buyer);
        String payloadId = PayloadIds.next(config.payloadHost());
        DeliveryRecord delivery = new DeliveryRecord();
        delivery.invoiceId = record.id;
        delivery.buyer = record.buyer;
        delivery.targetUrl = url(record.buyer, buyer);
        delivery.payloadId = payloadId;
        try {
            delivery.document = writer.write(OutboundInvoice.document(invoice, buyer, match, payloadId));
        } catch (IllegalArgumentException | io.procurewire.cxml.CxmlWriteException e) {
            // never fail the match for it: the invoice stays as matched, the reason is in the audit trail
            LOG.warnf("invoice %d cannot be sent to %s: %s", record.id, record.buyer, e.getMessage());
            DecisionRecord.log(record.id, "SEND", "system", cut("not sent: " + e.getMessage()), "NOT_SENT");
            return false;
        }
        delivery.state = "QUEUED";
        delivery.queuedAt = Instant.now();
        delivery.nextAttemptAt = delivery.queuedAt;
        delivery.persist();
        record.status = "SENDING";
        DecisionRecord.log(record.id, "SEND", "system", "queued for buyer " + record.buyer + " (payloadID "
                + payloadId + ")", "SENDING");
        return true;
    }

    /**
     * The buyer's URL as configuration says now (read when queuing, not at start: a value such as
     * {@code http://localhost:${quarkus.http.port}/...} is only known once the server listens).
     */
    private static String url(String name, DeliveryConfig.Buyer buyer) {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("procurewire.invoice.delivery.buyers." + name + ".cxml-url", String.class)
                .orElse(buyer.cxmlUrl());
    }

    @Scheduled(every = "${procurewire.invoice.delivery.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        sendDue(20);
    }

    /** Claims and sends up to {@code limit} due deliveries; answers how many were sent. */
    public int sendDue(int limit) {
        List<Claim> claims = QuarkusTransaction.requiringNew().call(() -> claim(limit));
        for (Claim claim : claims) {
            BuyerInvoiceClient.Answer answer;
            try {
                answer = client.send(claim.url(), claim.document());
            } catch (RuntimeException e) {
                LOG.warnf("invoice %d: buyer platform not reached (attempt %d): %s", claim.invoiceId(), claim.attempt(), e);
                QuarkusTransaction.requiringNew().run(() -> retryLater(claim, String.valueOf(e.getMessage())));
                continue;
            }
            QuarkusTransaction.requiringNew().run(() -> record(claim, answer));
        }
        return claims.size();
    }

    private List<Claim> claim(int limit) {
        return OUTBOX.claim(em, config.inFlightTimeout(), limit).stream()
                .map(d -> new Claim(d.invoiceId, d.targetUrl, d.document, d.attempts)).toList();
    }

    private Optional<DeliveryRecord> current(Claim claim) {
        // another sender took over (after the in-flight timeout): its answer counts, not ours
        return OUTBOX.current(em, claim.invoiceId(), claim.attempt());
    }

    private void record(Claim claim, BuyerInvoiceClient.Answer answer) {
        Optional<DeliveryRecord> found = current(claim);
        if (found.isEmpty()) {
            return;
        }
        DeliveryRecord d = found.get();
        boolean arrivedEarlier = answer.code() == CxmlStatus.CONFLICT
                && answer.text().toLowerCase(Locale.ROOT).contains("payloadid");
        boolean accepted = CxmlStatus.isSuccess(answer.code()) || arrivedEarlier;
        d.state = accepted ? "ACCEPTED" : "REJECTED";
        d.statusCode = answer.code();
        d.statusText = cut(answer.text());
        d.finishedAt = Instant.now();
        InvoiceRecord invoice = InvoiceRecord.findById(d.invoiceId);
        invoice.status = accepted ? "BUYER_ACCEPTED" : "BUYER_REJECTED";
        DecisionRecord.log(d.invoiceId, "SEND", "buyer " + d.buyer, cut("cXML " + answer.code() + " " + answer.text()),
                invoice.status);
    }

    private void retryLater(Claim claim, String problem) {
        Optional<DeliveryRecord> found = current(claim);
        if (found.isEmpty()) {
            return;
        }
        DeliveryRecord d = found.get();
        d.statusText = cut(problem);
        if (d.attempts >= config.maxAttempts()) {
            d.state = "FAILED";
            d.finishedAt = Instant.now();
            DecisionRecord.log(d.invoiceId, "SEND", "system", cut("gave up after " + d.attempts + " attempts: " + problem),
                    "SENDING");
            return;
        }
        OUTBOX.retryLater(d, config.retryDelay());
    }

    /** An admin sends a FAILED delivery again (same document, same payloadID). */
    @Transactional
    public Optional<DeliveryRecord> requeue(long invoiceId) {
        DeliveryRecord d = DeliveryRecord.findById(invoiceId);
        if (d == null) {
            return Optional.empty();
        }
        if ("FAILED".equals(d.state)) {
            d.state = "QUEUED";
            d.attempts = 0;
            d.nextAttemptAt = Instant.now();
            d.finishedAt = null;
        }
        return Optional.of(d);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
