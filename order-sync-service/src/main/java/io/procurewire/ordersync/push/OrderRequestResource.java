package io.procurewire.ordersync.push;

import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.CxmlWriter;
import io.procurewire.ordersync.integration.InboundCredential;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * Where buyers send purchase orders (cXML OrderRequest): production and test URLs. Open at the HTTP layer because
 * the cXML From/Sender credentials and SharedSecret authenticate the request; always HTTP 200 with a cXML Status.
 */
@Path("/cxml/order-requests")
@PermitAll
public class OrderRequestResource {

    private static final String CXML = "text/xml; charset=UTF-8";

    private final OrderRequestHandler handler;
    private final CxmlWriter writer = new CxmlWriter();

    OrderRequestResource(OrderRequestHandler handler) {
        this.handler = handler;
    }

    @POST
    @Consumes({"text/xml", "application/xml", "*/*"})
    @Produces(CXML)
    public Response production(java.io.InputStream body) {
        return answer(handler.handle(body, InboundCredential.PRODUCTION));
    }

    @POST
    @Path("/test")
    @Consumes({"text/xml", "application/xml", "*/*"})
    @Produces(CXML)
    public Response test(java.io.InputStream body) {
        return answer(handler.handle(body, InboundCredential.TEST));
    }

    private Response answer(OrderRequestHandler.Answer answer) {
        // bytes, not a String: the JAXB provider would wrap a String in <string> for text/xml
        byte[] xml = writer.writeBytes(CxmlStatus.response(answer.code(), answer.detail(), answer.inReplyTo()));
        return Response.ok(xml, CXML).build();
    }
}
