package io.procurewire.sandbox.order;

import io.procurewire.cxml.CxmlReadException;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.CxmlWriter;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Status;
import io.procurewire.sandbox.SandboxConfig;
import io.procurewire.sandbox.api.Timestamps;
import io.procurewire.sandbox.buyer.Organisation;
import io.procurewire.sandbox.buyer.Requisition;
import io.procurewire.sandbox.buyer.SupplierHttp;
import io.procurewire.sandbox.po.PurchaseOrder;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Delivers OrderRequests to suppliers as Coupa does: a 2xx answer is delivered; 5xx (or no answer) is retried
 * {@code max-attempts} times, {@code retry-delay} apart (Coupa: 5 times, hourly); 4xx is never retried. Safe with
 * several replicas: rows are claimed with FOR UPDATE SKIP LOCKED and a lease, and a PO's messages go in order.
 */
@ApplicationScoped
public class OrderPusher {

    private static final Logger LOG = Logger.getLogger(OrderPusher.class);

    /** How one attempt ended. */
    public enum Outcome { DELIVERED, RETRY, REJECTED }

    public record Verdict(Outcome outcome, String result) {
    }

    private final SupplierHttp http;
    private final SandboxConfig config;
    private final CxmlReader reader = new CxmlReader();
    private final CxmlWriter writer = new CxmlWriter();
    private final MeterRegistry metrics;

    public OrderPusher(SupplierHttp http, SandboxConfig config, MeterRegistry metrics) {
        this.http = http;
        this.config = config;
        this.metrics = metrics;
    }

    @Scheduled(every = "${procurewire.sandbox.order-push.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pushDue() {
        for (Long id : claimDue()) {
            try {
                push(id);
            } catch (RuntimeException e) {
                // a PO that cannot be written as cXML will not get better by retrying
                LOG.errorf(e, "OrderRequest %d could not be sent", id);
                QuarkusTransaction.requiringNew().run(() -> {
                    OrderTransmission t = OrderTransmission.findById(id);
                    t.status = OrderTransmission.FAILED;
                    t.lastResult = "could not build the OrderRequest: " + e.getMessage();
                    t.updatedAt = Timestamps.now();
                });
            }
        }
    }

    @SuppressWarnings("unchecked")
    List<Long> claimDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Number> ids = Panache.getEntityManager().createNativeQuery("""
                    SELECT t.id FROM order_transmissions t
                    WHERE t.status = 'pending' AND t.next_attempt_at <= now()
                      AND NOT EXISTS (SELECT 1 FROM order_transmissions e WHERE e.purchase_order_id = t.purchase_order_id
                                      AND e.status = 'pending' AND e.id < t.id)
                    ORDER BY t.id LIMIT 20 FOR UPDATE SKIP LOCKED""").getResultList();
            List<Long> claimed = ids.stream().map(Number::longValue).toList();
            for (Long id : claimed) {
                OrderTransmission t = OrderTransmission.findById(id);
                t.attempts++;
                // lease: another replica will not pick it up while this attempt may still be running
                t.nextAttemptAt = Timestamps.now().plus(config.orderPush().timeout()).plusSeconds(30);
                t.updatedAt = Timestamps.now();
            }
            return claimed;
        });
    }

    void push(long transmissionId) {
        record Prepared(String url, String xml, String payloadId, int attempts) {
        }
        Prepared prepared = QuarkusTransaction.requiringNew().call(() -> {
            OrderTransmission t = OrderTransmission.findById(transmissionId);
            PurchaseOrder po = PurchaseOrder.findById(t.purchaseOrderId);
            Organisation billTo = Optional.ofNullable(po.requisitionId).map(id -> Requisition.<Requisition>findById(id))
                    .map(r -> r.requester.organisation)
                    .orElseGet(() -> Organisation.<Organisation>findAll().firstResult());
            CxmlDocument document = OrderRequests.build(po, t.orderType, t.version, billTo, config.buyer().userAgent());
            t.payloadId = document.getPayloadId();
            return new Prepared(po.supplier.cxmlUrl, writer.write(document), t.payloadId, t.attempts);
        });
        Verdict verdict;
        try {
            SupplierHttp.Answer answer = http.postCxml(prepared.url(), prepared.xml(), config.orderPush().timeout());
            verdict = judge(reader, answer.status(), answer.body());
        } catch (IOException e) {
            verdict = new Verdict(Outcome.RETRY, "no answer: " + e.getMessage());
        }
        Verdict finalVerdict = verdict;
        metrics.counter("procurewire_sandbox_order_requests", "outcome", verdict.outcome().name().toLowerCase()).increment();
        LOG.infof("OrderRequest %s attempt %d: %s %s", prepared.payloadId(), prepared.attempts(), verdict.outcome(),
                verdict.result());
        QuarkusTransaction.requiringNew().run(() -> {
            OrderTransmission t = OrderTransmission.findById(transmissionId);
            t.lastResult = finalVerdict.result();
            t.updatedAt = Timestamps.now();
            switch (finalVerdict.outcome()) {
                case DELIVERED -> t.status = OrderTransmission.SENT;
                case REJECTED -> t.status = OrderTransmission.FAILED;
                case RETRY -> {
                    if (t.attempts >= config.orderPush().maxAttempts()) {
                        t.status = OrderTransmission.FAILED;
                        t.lastResult = finalVerdict.result() + " (gave up after " + t.attempts + " attempts)";
                    } else {
                        t.nextAttemptAt = Timestamps.now().plus(config.orderPush().retryDelay());
                    }
                }
            }
        });
    }

    /** Coupa's rule on the HTTP status, refined by the cXML Status inside a 200 (cXML answers errors with HTTP 200). */
    public static Verdict judge(CxmlReader reader, int httpStatus, String body) {
        if (httpStatus >= 500) {
            return new Verdict(Outcome.RETRY, "HTTP " + httpStatus);
        }
        if (httpStatus >= 400) {
            return new Verdict(Outcome.REJECTED, "HTTP " + httpStatus + " (4xx: not retried)");
        }
        if (httpStatus < 200 || httpStatus > 299) {
            return new Verdict(Outcome.RETRY, "HTTP " + httpStatus);
        }
        Status status;
        try {
            CxmlDocument answer = reader.read(body == null ? "" : body);
            status = answer.status().orElse(null);
        } catch (CxmlReadException e) {
            return new Verdict(Outcome.DELIVERED, "HTTP " + httpStatus + " (answer is not cXML: " + e.getMessage() + ")");
        }
        if (status == null || status.getCode() == null) {
            return new Verdict(Outcome.DELIVERED, "HTTP " + httpStatus + " without a cXML Status");
        }
        String described = status.getCode() + " " + status.getText()
                + (status.getContent() == null || status.getContent().isBlank() ? "" : ": " + status.getContent().trim());
        if (status.getCode() >= 500) {
            return new Verdict(Outcome.RETRY, described);
        }
        if (status.getCode() >= 400) {
            return new Verdict(Outcome.REJECTED, described + " (4xx: not retried)");
        }
        return new Verdict(Outcome.DELIVERED, described);
    }
}
