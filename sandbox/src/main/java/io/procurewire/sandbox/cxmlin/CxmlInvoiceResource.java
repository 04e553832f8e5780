package io.procurewire.sandbox.cxmlin;

import io.procurewire.cxml.CxmlReadException;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.InvoiceDetailItem;
import io.procurewire.cxml.model.InvoiceDetailOrder;
import io.procurewire.cxml.model.InvoiceDetailRequest;
import io.procurewire.cxml.model.InvoiceDetailSummary;
import io.procurewire.cxml.model.Money;
import io.procurewire.cxml.model.MoneyAmount;
import io.procurewire.sandbox.invoice.Invoices;
import io.procurewire.sandbox.invoice.NewInvoice;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Coupa's cXML invoice endpoint: suppliers POST InvoiceDetailRequest here. Authenticated by the supplier's From
 * identity (cxml-supplier-domain/-identity) and the shared secret of its supplier record; answered with a cXML
 * Status, HTTP 200 even for errors (common cXML practice).
 */
@Path("/cxml/invoices")
@PermitAll // the supplier's cXML credentials (identity + shared secret) authenticate each document.
public class CxmlInvoiceResource {

    private static final Logger LOG = Logger.getLogger(CxmlInvoiceResource.class);

    private final CxmlReader reader = new CxmlReader();
    private final Invoices invoices;

    public CxmlInvoiceResource(Invoices invoices) {
        this.invoices = invoices;
    }

    @POST
    @Consumes({"text/xml", "application/xml", "*/*"})
    public Response receive(java.io.InputStream body) {
        CxmlDocument document;
        try {
            document = reader.read(body);
        } catch (CxmlReadException e) {
            return answer(e.statusCode(), e.getMessage(), null);
        }
        String payloadId = document.getPayloadId();
        InvoiceDetailRequest invoice = Optional.ofNullable(document.getRequest())
                .map(r -> r.getInvoiceDetailRequest()).orElse(null);
        if (invoice == null) {
            return answer(CxmlStatus.NOT_IMPLEMENTED, "this endpoint accepts InvoiceDetailRequest only", payloadId);
        }
        Long supplierId = SupplierCredentials.authenticate(document);
        if (supplierId == null) {
            return answer(CxmlStatus.UNAUTHORIZED, "unknown supplier identity or wrong shared secret", payloadId);
        }
        NewInvoice incoming;
        try {
            incoming = toInvoice(supplierId, invoice, payloadId);
        } catch (IllegalArgumentException e) {
            return answer(CxmlStatus.BAD_REQUEST, e.getMessage(), payloadId);
        }
        try {
            invoices.create(incoming);
        } catch (Invoices.Rejected rejected) {
            return answer(rejected.duplicate ? CxmlStatus.CONFLICT : CxmlStatus.BAD_REQUEST, rejected.getMessage(), payloadId);
        } catch (RuntimeException e) {
            // a replayed payloadID hits the unique constraint
            if (CxmlAnswer.isUniqueViolation(e)) {
                return answer(CxmlStatus.CONFLICT, "payloadID " + payloadId + " was already received", payloadId);
            }
            LOG.error("could not store a cXML invoice", e);
            return answer(CxmlStatus.INTERNAL_SERVER_ERROR, "the invoice could not be stored", payloadId);
        }
        return answer(CxmlStatus.OK, null, payloadId);
    }

    static NewInvoice toInvoice(long supplierId, InvoiceDetailRequest request, String payloadId) {
        var header = request.getHeader();
        if (header == null || header.getInvoiceId() == null || header.getInvoiceId().isBlank()) {
            throw new IllegalArgumentException("InvoiceDetailRequestHeader@invoiceID is required");
        }
        if (request.getOrders().isEmpty()) {
            throw new IllegalArgumentException("the sandbox needs PO-backed invoices (InvoiceDetailOrder)");
        }
        List<NewInvoice.Line> lines = new ArrayList<>();
        String currency = null;
        int fallbackLine = 1;
        for (InvoiceDetailOrder order : request.getOrders()) {
            String poNumber = order.getOrderInfo() == null ? null : order.getOrderInfo().orderId().orElse(null);
            if (poNumber == null || poNumber.isBlank()) {
                throw new IllegalArgumentException("InvoiceDetailOrderInfo must name the Coupa PO number (orderID)");
            }
            for (InvoiceDetailItem item : order.getItems()) {
                Money unitPrice = item.getUnitPrice() == null ? null : item.getUnitPrice().getMoney();
                Money subtotal = money(item.getSubtotalAmount());
                BigDecimal total = subtotal != null ? subtotal.getAmount()
                        : unitPrice != null && item.getQuantity() != null ? unitPrice.getAmount().multiply(item.getQuantity()) : null;
                if (total == null) {
                    throw new IllegalArgumentException("invoice line " + item.getInvoiceLineNumber() + " has no amount");
                }
                currency = currency != null ? currency : unitPrice != null ? unitPrice.getCurrency()
                        : subtotal.getCurrency();
                var reference = item.getItemReference();
                if (reference == null || reference.getLineNumber() == null) {
                    throw new IllegalArgumentException("invoice line " + item.getInvoiceLineNumber()
                            + " must reference the PO line (InvoiceDetailItemReference@lineNumber)");
                }
                lines.add(new NewInvoice.Line(item.getInvoiceLineNumber() == null ? fallbackLine : item.getInvoiceLineNumber(),
                        reference.getDescription() == null ? null : reference.getDescription().getText(),
                        item.getQuantity(), unitPrice == null ? null : unitPrice.getAmount(), total,
                        item.getUnitOfMeasure(), poNumber.trim(), reference.getLineNumber(),
                        reference.getItemId() == null ? null : reference.getItemId().getSupplierPartId()));
                fallbackLine++;
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the invoice has no InvoiceDetailItem");
        }
        InvoiceDetailSummary summary = request.getSummary();
        Money due = summary == null ? null : Stream.of(money(summary.getDueAmount()), money(summary.getNetAmount()),
                money(summary.getSubtotalAmount())).filter(m -> m != null).findFirst().orElse(null);
        BigDecimal total = due != null ? due.getAmount()
                : lines.stream().map(NewInvoice.Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new NewInvoice(supplierId, header.getInvoiceId().trim(),
                header.getInvoiceDate() == null ? io.procurewire.sandbox.api.Timestamps.now() : header.getInvoiceDate(),
                due != null ? due.getCurrency() : currency, total, "cxml", payloadId, lines);
    }

    private static Money money(MoneyAmount amount) {
        return amount == null ? null : amount.getMoney();
    }

    private static Response answer(int code, String detail, String inReplyTo) {
        return CxmlAnswer.status(code, detail, inReplyTo);
    }
}
