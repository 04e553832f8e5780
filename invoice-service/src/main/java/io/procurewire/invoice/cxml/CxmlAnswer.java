package io.procurewire.invoice.cxml;

import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.CxmlWriter;
import jakarta.ws.rs.core.Response;

/** The cXML Status an inbound document gets: code, detail text, and the payloadID it replies to. */
public record CxmlAnswer(int code, String detail, String inReplyTo) {

    static final String CXML = "text/xml; charset=UTF-8";
    private static final CxmlWriter WRITER = new CxmlWriter();

    /** HTTP 200 with the cXML Status (cXML practice: the Status code carries the outcome). */
    Response toResponse() {
        // bytes, not a String: the JAXB provider would wrap a String in <string> for text/xml
        byte[] xml = WRITER.writeBytes(inReplyTo == null ? CxmlStatus.response(code, detail)
                : CxmlStatus.response(code, detail, inReplyTo));
        return Response.ok(xml, CXML).build();
    }
}
