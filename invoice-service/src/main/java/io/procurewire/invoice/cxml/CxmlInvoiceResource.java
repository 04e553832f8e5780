package io.procurewire.invoice.cxml;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;

/**
 * Where suppliers' billing systems send cXML InvoiceDetailRequest: production and test URLs. Open at the HTTP layer
 * because the cXML From/Sender credentials and SharedSecret authenticate each document; always HTTP 200 with a cXML
 * Status.
 */
@Path("/cxml/invoices")
@PermitAll
public class CxmlInvoiceResource {

    private final CxmlInvoiceHandler handler;

    public CxmlInvoiceResource(CxmlInvoiceHandler handler) {
        this.handler = handler;
    }

    @POST
    @Consumes({"text/xml", "application/xml", "*/*"})
    @Produces(CxmlAnswer.CXML)
    public Response production(InputStream body) {
        return handler.handle(body, false).toResponse();
    }

    @POST
    @Path("/test")
    @Consumes({"text/xml", "application/xml", "*/*"})
    @Produces(CxmlAnswer.CXML)
    public Response test(InputStream body) {
        return handler.handle(body, true).toResponse();
    }
}
