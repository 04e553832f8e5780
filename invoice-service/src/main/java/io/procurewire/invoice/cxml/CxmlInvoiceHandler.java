package io.procurewire.invoice.cxml;

import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.InvoiceDetailRequest;
import io.procurewire.invoice.intake.InvoiceIntake;
import io.procurewire.invoice.intake.InvoiceRecord;
import io.procurewire.invoice.intake.SameNumberRule;
import io.procurewire.invoice.matching.MatchContext;
import jakarta.persistence.LockModeType;
import io.procurewire.invoice.matching.Invoice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Inbound cXML InvoiceDetailRequest. 200 only once the invoice is stored and matched (or was already: the same
 * payloadID again), corrected (same invoiceID, new payloadID, other content, while not final: a new revision, matched
 * again) or cancelled ({@code operation="delete"}); 400 malformed or incomplete, 401 credentials, 406 well-formed but
 * not acceptable (purpose, operation, currencies, a delete for an invoice never received), 409 the supplier's invoice
 * number is already taken by another document, or the invoice is final (sent to the buyer, decided, cancelled) and
 * cannot be corrected or cancelled; 450 not an invoice; 500 only when storing failed and the same document may
 * succeed later.
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
        CxmlInvoiceMapper.Operation operation;
        try {
            operation = CxmlInvoiceMapper.operation(request.getHeader());
        } catch (CxmlInvoiceMapper.Refused e) {
            return new CxmlAnswer(e.code, e.getMessage(), payloadId);
        }
        if (operation == CxmlInvoiceMapper.Operation.DELETE) {
            return cancel(request, checked.sender().supplier(), payloadId, testUrl);
        }
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
            InvoiceIntake.Received received = intake.receive(invoice, payloadId, "cxml", SameNumberRule.Channel.CXML_NEW,
                    "cxml:" + checked.sender().supplier());
            InvoiceRecord stored = received.invoice();
            return switch (received.outcome()) {
                case CREATED -> new CxmlAnswer(CxmlStatus.OK, "invoice " + stored.invoiceNumber + " stored as "
                        + stored.id + "; match: " + stored.status, payloadId);
                case CORRECTED -> new CxmlAnswer(CxmlStatus.OK, "invoice " + stored.invoiceNumber + " (" + stored.id
                        + ") corrected: revision " + stored.revision + "; match: " + stored.status, payloadId);
                case REPLAYED -> new CxmlAnswer(CxmlStatus.OK, "payloadID " + payloadId + " was already received: invoice "
                        + stored.invoiceNumber + " (" + stored.id + ")", payloadId);
            };
        } catch (InvoiceIntake.InvalidInvoice e) {
            return new CxmlAnswer(CxmlStatus.BAD_REQUEST, e.getMessage(), payloadId);
        } catch (InvoiceIntake.DuplicateInvoice e) {
            return new CxmlAnswer(CxmlStatus.CONFLICT, e.getMessage() + " (stored as " + e.existingId
                    + "); the same content again with a new payloadID, or another purpose, is a duplicate", payloadId);
        } catch (InvoiceIntake.FinalInvoice e) {
            return new CxmlAnswer(CxmlStatus.CONFLICT, e.getMessage(), payloadId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not store cXML invoice %s", payloadId);
            return new CxmlAnswer(CxmlStatus.INTERNAL_SERVER_ERROR,
                    "the invoice could not be stored; please send it again later", payloadId);
        }
    }

    /** operation="delete": cancels the supplier's invoice of the header's invoiceID while it is not final. */
    private CxmlAnswer cancel(InvoiceDetailRequest request, String supplier, String payloadId, boolean testUrl) {
        String number;
        try {
            number = CxmlInvoiceMapper.invoiceIdToCancel(request);
        } catch (CxmlInvoiceMapper.Refused e) {
            return new CxmlAnswer(e.code, e.getMessage(), payloadId);
        }
        if (testUrl) {
            return new CxmlAnswer(CxmlStatus.OK, "test cancellation of invoice " + number
                    + " is valid; test documents are checked, nothing is cancelled", payloadId);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<InvoiceRecord> stored = InvoiceRecord.<InvoiceRecord>find(
                                "supplier = ?1 and normalizedNumber = ?2", supplier,
                                MatchContext.normalizeInvoiceNumber(number))
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
                if (stored.isEmpty()) {
                    return new CxmlAnswer(CxmlStatus.NOT_ACCEPTABLE, "invoice " + number + " of " + supplier
                            + " was never received; there is nothing to cancel", payloadId);
                }
                InvoiceRecord invoice = stored.get();
                boolean cancelled = intake.cancel(invoice, "cXML operation=\"delete\" (payloadID " + payloadId + ")",
                        "cxml:" + supplier);
                return new CxmlAnswer(CxmlStatus.OK, "invoice " + invoice.invoiceNumber + " (" + invoice.id + ") "
                        + (cancelled ? "cancelled" : "was already cancelled"), payloadId);
            });
        } catch (InvoiceIntake.FinalInvoice e) {
            return new CxmlAnswer(CxmlStatus.CONFLICT, e.getMessage(), payloadId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not cancel invoice %s (cXML %s)", number, payloadId);
            return new CxmlAnswer(CxmlStatus.INTERNAL_SERVER_ERROR,
                    "the cancellation could not be stored; please send it again later", payloadId);
        }
    }

    private Optional<String> invoiceNumberOfPayload(String payloadId) {
        return QuarkusTransaction.requiringNew().call(() -> InvoiceRecord.<InvoiceRecord>find("payloadId", payloadId)
                .firstResultOptional().map(r -> r.invoiceNumber));
    }
}
