package io.procurewire.sandbox.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;

/**
 * Core API errors in Coupa's shape rather than problem JSON: the sandbox imitates Coupa, and the services must cope
 * with what Coupa really answers. XML when the caller accepts XML, else JSON {"errors":{"error":[...]}} (the JSON
 * mirror of Coupa's documented XML error body; the exact JSON shape is UNVERIFIED).
 */
public class CoupaErrors {

    @ServerExceptionMapper
    public Response map(CoupaApiException exception, HttpHeaders headers) {
        return respond(exception.status(), exception.errors(), headers);
    }

    public static Response respond(int status, List<String> errors, HttpHeaders headers) {
        if (CoupaRepresentation.wantsXml(headers)) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n");
            errors.forEach(e -> xml.append("  <error>").append(XmlText.escape(e)).append("</error>\n"));
            return XmlText.response(status, xml.append("</errors>\n").toString());
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("errors", Map.of("error", errors))).build();
    }
}
