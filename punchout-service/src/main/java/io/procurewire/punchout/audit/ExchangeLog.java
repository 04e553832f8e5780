package io.procurewire.punchout.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Writes the audit log of cXML exchanges; shared secrets never reach it. */
@ApplicationScoped
public class ExchangeLog {

    private final EntityManager em;

    public ExchangeLog(EntityManager em) {
        this.em = em;
    }

    /**
     * Records an inbound document unless its payloadID was seen before for this connection. Runs in the caller's
     * transaction; the unique constraint decides (no check-then-insert race between replicas). A payloadID whose
     * earlier answer was a 5xx Status ({@code retryAllowed} then) is taken over by its retry: the row lock makes one
     * of several concurrent retries win, the others see a replay.
     *
     * @param retryAllowed true when this document is being answered with a 5xx Status ("please retry")
     * @return false when the payloadID is a replay
     */
    public boolean recordInbound(long connectionId, String documentType, String payloadId, String environment,
                                 String document, Instant at, boolean retryAllowed) {
        int inserted = em.createNativeQuery("""
                        insert into exchange (connection_id, direction, document_type, payload_id, environment, occurred_at,
                                              document, retry_allowed)
                        values (?1, 'INBOUND', ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (connection_id, payload_id) do update
                            set occurred_at = excluded.occurred_at, document = excluded.document,
                                retry_allowed = excluded.retry_allowed
                            where exchange.retry_allowed and exchange.direction = 'INBOUND'""")
                .setParameter(1, connectionId).setParameter(2, documentType).setParameter(3, payloadId)
                .setParameter(4, environment).setParameter(5, at).setParameter(6, redact(document))
                .setParameter(7, retryAllowed)
                .executeUpdate();
        return inserted == 1;
    }

    /** Records a document we sent (a setup response, a Status, an order message), in the caller's transaction. */
    public void recordOutbound(long connectionId, Long sessionId, String documentType, String payloadId,
                               String inReplyTo, Integer statusCode, String environment, String document, Instant at) {
        Exchange exchange = new Exchange();
        exchange.connectionId = connectionId;
        exchange.sessionId = sessionId;
        exchange.direction = Exchange.Direction.OUTBOUND;
        exchange.documentType = documentType;
        exchange.payloadId = payloadId;
        exchange.inReplyTo = inReplyTo;
        exchange.statusCode = statusCode;
        exchange.environment = environment;
        exchange.occurredAt = at;
        exchange.document = redact(document);
        exchange.persist();
    }

    /** Same, in a transaction of its own: for error answers whose use-case transaction rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordOutboundAlone(long connectionId, String documentType, String payloadId, String inReplyTo,
                                    Integer statusCode, String environment, String document, Instant at) {
        recordOutbound(connectionId, null, documentType, payloadId, inReplyTo, statusCode, environment, document, at);
    }

    /** The document with the content of every SharedSecret element replaced by {@code ***} (see {@link SharedSecretRedaction}). */
    public static String redact(String document) {
        if (document == null) {
            return "";
        }
        return SharedSecretRedaction.redact(document);
    }
}
