package io.procurewire.invoice.cxml;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;

/**
 * Where suppliers send cXML: InvoiceDetailRequest to {@code /cxml/invoices}, ShipNoticeRequest (advance ship notices,
 * booked as goods receipts) to {@code /cxml/ship-notices}, each with a {@code /test} URL that checks without storing.
 * Open at the HTTP layer because the cXML From/Sender credentials and SharedSecret authenticate each document; always
 * HTTP 200 with a cXML Status. One class for both documents: the endpoints differ only in their handler.
 */
@Path("/cxml")
@PermitAll
@Consumes({"text/xml", "application/xml", "*/*"})
@Produces(CxmlAnswer.CXML)
public class CxmlIntakeResource {

    private final CxmlInvoiceHandler invoices;
    private final ShipNoticeHandler shipNotices;

    public CxmlIntakeResource(CxmlInvoiceHandler invoices, ShipNoticeHandler shipNotices) {
        this.invoices = invoices;
        this.shipNotices = shipNotices;
    }

    @POST
    @Path("/invoices")
    public Response invoice(InputStream body) {
        return invoices.handle(body, false).toResponse();
    }

    @POST
    @Path("/invoices/test")
    public Response testInvoice(InputStream body) {
        return invoices.handle(body, true).toResponse();
    }

    @POST
    @Path("/ship-notices")
    public Response shipNotice(InputStream body) {
        return shipNotices.handle(body, false).toResponse();
    }

    @POST
    @Path("/ship-notices/test")
    public Response testShipNotice(InputStream body) {
        return shipNotices.handle(body, true).toResponse();
    }
}
