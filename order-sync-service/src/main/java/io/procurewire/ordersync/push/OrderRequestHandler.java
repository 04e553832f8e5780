package io.procurewire.ordersync.push;

import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.CxmlReadException;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.Credentials;
import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.OrderRequest;
import io.procurewire.ordersync.integration.InboundCredential;
import io.procurewire.ordersync.integration.Integration;
import io.procurewire.ordersync.integration.IntegrationService;
import io.procurewire.ordersync.ledger.Ledger;
import io.procurewire.ordersync.ledger.LedgerOrder;
import io.procurewire.ordersync.ledger.PoSnapshot;
import io.procurewire.ordersync.ledger.PoVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * Takes an inbound OrderRequest and decides its cXML Status. A 2xx answer means the order is durably in the ledger
 * (or was already); 4xx means a retry of the same document cannot succeed; 5xx means it may (storage failed).
 */
@ApplicationScoped
public class OrderRequestHandler {

    private static final Logger LOG = Logger.getLogger(OrderRequestHandler.class);

    /** The Status to answer: code, detail text, and the payloadID it replies to. */
    public record Answer(int code, String detail, String inReplyTo) {
    }

    private final CxmlReader reader = new CxmlReader();
    private final IntegrationService integrations;
    private final Ledger ledger;

    OrderRequestHandler(IntegrationService integrations, Ledger ledger) {
        this.integrations = integrations;
        this.ledger = ledger;
    }

    public Answer handle(java.io.InputStream body, String environment) {
        CxmlDocument doc;
        try {
            doc = reader.read(body);
        } catch (CxmlReadException e) {
            return new Answer(e.statusCode(), e.getMessage(), null);
        }
        String payloadId = doc.getPayloadId();
        if (doc.getRequest() == null || doc.getRequest().getOrderRequest() == null) {
            return new Answer(CxmlStatus.NOT_IMPLEMENTED, "this URL accepts OrderRequest only", payloadId);
        }
        boolean testMode = doc.getRequest().isTest();
        if (testMode != InboundCredential.TEST.equals(environment)) {
            return new Answer(CxmlStatus.BAD_REQUEST, testMode
                    ? "deploymentMode test belongs on /cxml/order-requests/test"
                    : "the test URL accepts only deploymentMode test", payloadId);
        }
        Optional<InboundCredential> credential = QuarkusTransaction.requiringNew().call(() -> authenticate(doc, environment));
        if (credential.isEmpty()) {
            return new Answer(CxmlStatus.UNAUTHORIZED, "unknown From identity or wrong Sender shared secret", payloadId);
        }
        OrderRequest order = doc.getRequest().getOrderRequest();
        List<String> problems = CxmlOrders.problems(order);
        if (!problems.isEmpty()) {
            return new Answer(CxmlStatus.BAD_REQUEST, String.join("; ", problems), payloadId);
        }
        try {
            return store(doc, order, credential.get(), environment);
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not store OrderRequest %s", payloadId);
            return new Answer(CxmlStatus.INTERNAL_SERVER_ERROR,
                    "the order could not be stored; please send it again later", payloadId);
        }
    }

    private Optional<InboundCredential> authenticate(CxmlDocument doc, String environment) {
        Credential sender = doc.getHeader().getSender().getCredentials().get(0);
        for (Credential from : doc.getHeader().getFrom().getCredentials()) {
            for (InboundCredential candidate : InboundCredential.candidates(environment, from.getIdentity())) {
                if (Credentials.sameIdentity(from, candidate.fromDomain, candidate.fromIdentity)
                        && Credentials.sameIdentity(sender, candidate.senderDomain, candidate.senderIdentity)) {
                    return integrations.hasher().matchesRemembering(sender.getSharedSecret(), candidate.secretHash)
                            ? Optional.of(candidate) : Optional.empty();
                }
            }
        }
        integrations.hasher().burnDecoy(sender.getSharedSecret());
        return Optional.empty();
    }

    private Answer store(CxmlDocument doc, OrderRequest order, InboundCredential credential, String environment) {
        PoSnapshot snapshot = CxmlOrders.snapshot(order);
        String type = CxmlOrders.type(order);
        int version = CxmlOrders.version(order);
        String bodyHash = snapshot.contentHash() + "|" + type + "|" + version;
        String payloadId = doc.getPayloadId();
        long integrationId = credential.integrationId;

        Optional<Answer> repeated = QuarkusTransaction.requiringNew().call(() ->
                repeated(integrationId, environment, payloadId, snapshot.poNumber(), version, type, bodyHash));
        if (repeated.isPresent()) {
            return repeated.get();
        }
        Answer answer;
        Long versionId = null;
        if (InboundCredential.TEST.equals(environment)) {
            answer = new Answer(CxmlStatus.OK, "test order " + snapshot.poNumber() + " version " + version
                    + " received; test orders are stored but never sent to the ERP", payloadId);
        } else {
            Integration integration = QuarkusTransaction.requiringNew().call(() -> Integration.<Integration>findById(integrationId));
            Optional<PoVersion> latest = QuarkusTransaction.requiringNew().call(() -> latestVersion(integrationId, snapshot.poNumber()));
            if (latest.isEmpty() && "delete".equals(type)) {
                return new Answer(CxmlStatus.PRECONDITION_FAILED, "order " + snapshot.poNumber()
                        + " was never received, so there is nothing to cancel", payloadId);
            }
            if (latest.isPresent() && "new".equals(type) && latest.get().platformVersion != null
                    && latest.get().platformVersion > version) {
                answer = new Answer(CxmlStatus.OK, "order " + snapshot.poNumber() + " version " + version
                        + " is older than version " + latest.get().platformVersion + ", which was already received; kept the newer one",
                        payloadId);
            } else {
                Ledger.Ingested ingested = ledger.ingest(integrationId, snapshot, null, null, Ledger.Source.PUSH, null,
                        false, integration.confirmationUrl != null);
                versionId = ingested.versionId();
                String detail = latest.isEmpty() && "update".equals(type)
                        ? "no earlier version of order " + snapshot.poNumber() + " was received; stored this update as its first version"
                        : ingested.newVersion() ? "order " + snapshot.poNumber() + " version " + version + " stored"
                        : "order " + snapshot.poNumber() + " version " + version + " has the content already stored";
                answer = new Answer(CxmlStatus.OK, detail, payloadId);
            }
        }
        Long storedVersionId = versionId;
        Answer stored = answer;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                OrderRequestReceipt receipt = new OrderRequestReceipt();
                receipt.integrationId = integrationId;
                receipt.environment = environment;
                receipt.payloadId = payloadId;
                receipt.orderNumber = snapshot.poNumber();
                receipt.orderVersion = version;
                receipt.requestType = type;
                receipt.bodyHash = bodyHash;
                Credential from = doc.getHeader().getFrom().getCredentials().get(0);
                Credential to = doc.getHeader().getTo().getCredentials().get(0);
                receipt.buyerDomain = from.getDomain();
                receipt.buyerIdentity = from.getIdentity();
                receipt.supplierDomain = to.getDomain();
                receipt.supplierIdentity = to.getIdentity();
                receipt.orderDate = order.getHeader().getOrderDate();
                receipt.versionId = storedVersionId;
                receipt.statusCode = stored.code();
                receipt.statusDetail = stored.detail();
                receipt.persist();
            });
        } catch (RuntimeException e) {
            // a concurrent copy of the same document won a unique constraint: answer it as a repeat
            Optional<Answer> repeat = QuarkusTransaction.requiringNew().call(() -> repeated(integrationId, environment,
                    payloadId, snapshot.poNumber(), version, type, bodyHash));
            if (repeat.isPresent()) {
                return repeat.get();
            }
            throw e;
        }
        return answer;
    }

    private Optional<Answer> repeated(long integrationId, String environment, String payloadId, String orderNumber,
                                      int version, String type, String bodyHash) {
        OrderRequestReceipt byPayload = OrderRequestReceipt.<OrderRequestReceipt>find(
                "integrationId = ?1 and environment = ?2 and payloadId = ?3", integrationId, environment, payloadId)
                .firstResult();
        if (byPayload != null) {
            return Optional.of(byPayload.bodyHash.equals(bodyHash)
                    ? new Answer(CxmlStatus.OK, "payloadID " + payloadId + " was already received; " + byPayload.statusDetail, payloadId)
                    : new Answer(CxmlStatus.CONFLICT, "payloadID " + payloadId
                    + " was already used for a different document", payloadId));
        }
        OrderRequestReceipt byOrder = OrderRequestReceipt.<OrderRequestReceipt>find(
                "integrationId = ?1 and environment = ?2 and orderNumber = ?3 and orderVersion = ?4 and requestType = ?5",
                integrationId, environment, orderNumber, version, type).firstResult();
        if (byOrder != null) {
            return Optional.of(byOrder.bodyHash.equals(bodyHash)
                    ? new Answer(CxmlStatus.OK, "order " + orderNumber + " version " + version + " (" + type
                    + ") was already received with payloadID " + byOrder.payloadId, payloadId)
                    : new Answer(CxmlStatus.CONFLICT, "order " + orderNumber + " version " + version + " (" + type
                    + ") was already received with different content; send a new orderVersion", payloadId));
        }
        return Optional.empty();
    }

    private Optional<PoVersion> latestVersion(long integrationId, String poNumber) {
        LedgerOrder order = LedgerOrder.<LedgerOrder>find("integrationId = ?1 and poNumber = ?2", integrationId, poNumber)
                .firstResult();
        return order == null ? Optional.empty() : ledger.latest(order.id);
    }
}
