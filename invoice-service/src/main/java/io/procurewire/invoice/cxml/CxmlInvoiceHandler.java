package io.procurewire.invoice.cxml;

import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.InvoiceDetailRequest;
import io.procurewire.invoice.intake.InvoiceIntake;
import io.procurewire.invoice.intake.InvoiceRecord;
import io.procurewire.invoice.matching.Invoice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Inbound cXML InvoiceDetailRequest. 200 only once the invoice is stored and matched (or was already: the same
 * payloadID again); 400 malformed or incomplete, 401 credentials, 406 well-formed but not acceptable (purpose,
 * operation, currencies), 409 the supplier's invoice number is already taken by another document, 450 not an
 * invoice; 500 only when storing failed and the same document may succeed later.
 */
@ApplicationScoped
public class CxmlInvoiceHandler {

    private static final Logger LOG = Logger.getLogger(CxmlInvoiceHandler.class);
    static final String URL = "/cxml/invoices";

    private final InboundDocuments inbound;
    private final InvoiceIntake intake;

    public CxmlInvoiceHandler(InboundDocuments inbound, InvoiceIntake intake) {
        this.inbound = inbound;
        this.intake = intake;
    }

    public CxmlAnswer handle(InputStream body, boolean testUrl) {
        InboundDocuments.Checked checked = inbound.check(body, "InvoiceDetailRequest",
                d -> d.getRequest().getInvoiceDetailRequest(), URL, testUrl);
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        CxmlDocument doc = checked.document();
        String payloadId = doc.getPayloadId();
        InvoiceDetailRequest request = doc.getRequest().getInvoiceDetailRequest();
        Invoice invoice;
        try {
            invoice = CxmlInvoiceMapper.toInvoice(request, checked.sender().supplier(), checked.sender().buyer(),
                    this::invoiceNumberOfPayload);
        } catch (CxmlInvoiceMapper.Refused e) {
            return new CxmlAnswer(e.code, e.getMessage(), payloadId);
        }
        List<String> problems = InvoiceIntake.validate(invoice);
        if (!problems.isEmpty()) {
            return new CxmlAnswer(CxmlStatus.BAD_REQUEST, String.join("; ", problems), payloadId);
        }
        if (testUrl) {
            return new CxmlAnswer(CxmlStatus.OK, "test invoice " + invoice.invoiceNumber()
                    + " is valid; test invoices are checked, not stored or matched", payloadId);
        }
        try {
            InvoiceIntake.Received received = intake.receive(invoice, payloadId, "cxml");
            InvoiceRecord stored = received.invoice();
            return received.outcome() == InvoiceIntake.Outcome.CREATED
                    ? new CxmlAnswer(CxmlStatus.OK, "invoice " + stored.invoiceNumber + " stored as " + stored.id
                    + "; match: " + stored.status, payloadId)
                    : new CxmlAnswer(CxmlStatus.OK, "payloadID " + payloadId + " was already received: invoice "
                    + stored.invoiceNumber + " (" + stored.id + ")", payloadId);
        } catch (InvoiceIntake.InvalidInvoice e) {
            return new CxmlAnswer(CxmlStatus.BAD_REQUEST, e.getMessage(), payloadId);
        } catch (InvoiceIntake.DuplicateInvoice e) {
            return new CxmlAnswer(CxmlStatus.CONFLICT, e.getMessage() + " (stored as " + e.existingId
                    + "); a correction is a credit memo or a new invoice number", payloadId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not store cXML invoice %s", payloadId);
            return new CxmlAnswer(CxmlStatus.INTERNAL_SERVER_ERROR,
                    "the invoice could not be stored; please send it again later", payloadId);
        }
    }

    private Optional<String> invoiceNumberOfPayload(String payloadId) {
        return QuarkusTransaction.requiringNew().call(() -> InvoiceRecord.<InvoiceRecord>find("payloadId", payloadId)
                .firstResultOptional().map(r -> r.invoiceNumber));
    }
}
