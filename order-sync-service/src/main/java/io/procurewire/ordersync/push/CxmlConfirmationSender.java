package io.procurewire.ordersync.push;

import io.procurewire.cxml.CxmlWriter;
import io.procurewire.cxml.model.ConfirmationHeader;
import io.procurewire.cxml.model.ConfirmationRequest;
import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.DocumentReference;
import io.procurewire.cxml.model.Header;
import io.procurewire.cxml.model.Money;
import io.procurewire.cxml.model.OrderReference;
import io.procurewire.cxml.model.Party;
import io.procurewire.cxml.model.Request;
import io.procurewire.cxml.model.Sender;
import io.procurewire.cxml.model.Total;
import io.procurewire.ordersync.delivery.ConfirmationSender;
import io.procurewire.ordersync.integration.InboundCredential;
import io.procurewire.ordersync.integration.Integration;
import io.procurewire.ordersync.integration.SecretStore;
import io.procurewire.ordersync.ledger.Ledger;
import io.procurewire.ordersync.ledger.PoSnapshot;
import io.procurewire.ordersync.ledger.PoVersion;
import io.procurewire.ordersync.platform.RemoteFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Builds and sends the ConfirmationRequest (type accept, confirmID = ERP document number) for a pushed PO version.
 * Its payloadID is derived from the version, so a resend after a lost answer is the same document to the buyer.
 */
@ApplicationScoped
public class CxmlConfirmationSender implements ConfirmationSender {

    private final ConfirmationClient client;
    private final SecretStore secrets;
    private final Ledger ledger;
    private final CxmlWriter writer = new CxmlWriter();

    CxmlConfirmationSender(ConfirmationClient client, SecretStore secrets, Ledger ledger) {
        this.client = client;
        this.secrets = secrets;
        this.ledger = ledger;
    }

    @Override
    public void confirm(Integration integration, PoVersion version, String poNumber) {
        OrderRequestReceipt receipt = QuarkusTransaction.requiringNew().call(() -> OrderRequestReceipt
                .<OrderRequestReceipt>find("versionId = ?1 and environment = ?2 order by id desc", version.id,
                        InboundCredential.PRODUCTION).firstResult());
        if (receipt == null) {
            throw new RemoteFailure.Rejected(0, "no OrderRequest receipt for version " + version.erpVersion
                    + " of " + poNumber + "; nothing to confirm to");
        }
        String secret = integration.confirmationSecretRef == null ? null
                : secrets.resolve(integration.confirmationSecretRef, integration.confirmationUrl).orElse(null);
        CxmlDocument document = build(receipt, ledger.snapshot(version), version, secret);
        client.send(integration.id, integration.confirmationUrl, writer.write(document));
    }

    static CxmlDocument build(OrderRequestReceipt receipt, PoSnapshot snapshot, PoVersion version, String secret) {
        Header header = new Header()
                .withFrom(new Party(new Credential(receipt.supplierDomain, receipt.supplierIdentity)))
                .withTo(new Party(new Credential(receipt.buyerDomain, receipt.buyerIdentity)))
                .withSender(new Sender("Procurewire order-sync", secret == null
                        ? new Credential(receipt.supplierDomain, receipt.supplierIdentity)
                        : new Credential(receipt.supplierDomain, receipt.supplierIdentity, secret)));
        ConfirmationHeader confirmation = new ConfirmationHeader()
                .withType("cancelled".equals(snapshot.normalizedStatus()) ? "reject" : "accept")
                .withNoticeDate(OffsetDateTime.now(ZoneOffset.UTC))
                .withOperation("new")
                .withConfirmId(version.erpDocumentNumber)
                .withTotal(new Total(new Money(snapshot.currency(), snapshot.total())));
        OrderReference reference = new OrderReference()
                .withOrderId(snapshot.poNumber())
                .withOrderDate(receipt.orderDate)
                .withDocumentReference(new DocumentReference(receipt.payloadId));
        CxmlDocument document = CxmlDocument.request(header, new Request().withConfirmationRequest(
                new ConfirmationRequest().withHeader(confirmation).withOrderReference(reference)));
        document.setPayloadId("confirm-" + version.id + "-" + version.erpVersion + "@order-sync.procurewire");
        return document;
    }
}
