package io.procurewire.punchout.session;

import io.procurewire.punchout.connection.Environment;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import jakarta.ws.rs.core.StreamingOutput;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The punchout URL. cXML practice: HTTP 200 with the outcome in the cXML Status (also for errors); HTTP error
 * statuses are left to the HTTP layer itself (413 for a body over the limit, 5xx when the service is down).
 */
@Path("/cxml/punchout")
@Consumes("*/*") // any type, cXML callers send text/xml or application/xml (an XML type here would make quarkus-rest-jaxb refuse byte[])
@Produces("text/xml; charset=UTF-8")
@PermitAll // Open at the HTTP layer by design: the cXML Sender credential (shared secret) authenticates each request.
public class SetupResource {

    private final SetupRequestHandler handler;

    public SetupResource(SetupRequestHandler handler) {
        this.handler = handler;
    }

    /*
     * Non-blocking method taking the body as bytes: RESTEasy Reactive reads the body on the event loop, then the setup
     * (blocking: JDBC) runs on a worker thread with the whole body in hand. A blocking method taking an InputStream
     * parked its worker until the event loop handed it the body (under load most of a setup request's wait).
     * quarkus.http.limits.max-body-size still answers 413 beyond it; the reader's own limit answers a cXML 400.
     */

    /** Credential set chosen by Request@deploymentMode (production unless "test"). */
    @POST
    @NonBlocking
    public Uni<Response> setup(byte[] body) {
        return onWorker(() -> handler.handle(body, Optional.empty()));
    }

    /** The test URL: always the test credential set, whatever deploymentMode says. */
    @POST
    @Path("/test")
    @NonBlocking
    public Uni<Response> setupTest(byte[] body) {
        return onWorker(() -> handler.handle(body, Optional.of(Environment.TEST)));
    }

    private static Uni<Response> onWorker(Supplier<String> setup) {
        return Uni.createFrom().item(() -> xml(setup.get())).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The document as bytes: a String entity would be wrapped by the JAXB provider as {@code <string>}. */
    private static Response xml(String document) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        return Response.ok((StreamingOutput) out -> out.write(bytes), "text/xml; charset=UTF-8").build();
    }
}
