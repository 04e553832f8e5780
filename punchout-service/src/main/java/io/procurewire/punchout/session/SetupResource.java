package io.procurewire.punchout.session;

import io.procurewire.punchout.connection.Environment;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import jakarta.ws.rs.core.StreamingOutput;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The punchout URL. cXML practice: HTTP 200 with the outcome in the cXML Status (also for errors); HTTP error
 * statuses are left to the HTTP layer itself (413 for a body over the limit, 5xx when the service is down).
 */
@Path("/cxml/punchout")
@Consumes({"text/xml", "application/xml", "*/*"})
@Produces("text/xml; charset=UTF-8")
@PermitAll // Open at the HTTP layer by design: the cXML Sender credential (shared secret) authenticates each request.
public class SetupResource {

    private final SetupRequestHandler handler;

    public SetupResource(SetupRequestHandler handler) {
        this.handler = handler;
    }

    /** Credential set chosen by Request@deploymentMode (production unless "test"). */
    @POST
    public Response setup(InputStream body) {
        return xml(handler.handle(body, Optional.empty()));
    }

    /** The test URL: always the test credential set, whatever deploymentMode says. */
    @POST
    @Path("/test")
    public Response setupTest(InputStream body) {
        return xml(handler.handle(body, Optional.of(Environment.TEST)));
    }

    /** The document as bytes: a String entity would be wrapped by the JAXB provider as {@code <string>}. */
    private static Response xml(String document) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        return Response.ok((StreamingOutput) out -> out.write(bytes), "text/xml; charset=UTF-8").build();
    }
}
