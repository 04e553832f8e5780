package io.procurewire.punchout.session;

import io.procurewire.punchout.connection.Environment;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
     * The worker is reached through a plain CompletableFuture on the worker pool, not a Mutiny Uni: Mutiny's context
     * propagation captured and restored the CDI request context around every step (allocations and CPU on every
     * setup), and the setup needs none of it (it uses application-scoped beans, plain JDBC and its own transactions).
     */

    /** Credential set chosen by Request@deploymentMode (production unless "test"). */
    @POST
    @NonBlocking
    public CompletionStage<Response> setup(byte[] body) {
        return onWorker(() -> handler.handle(body, Optional.empty()));
    }

    /** The test URL: always the test credential set, whatever deploymentMode says. */
    @POST
    @Path("/test")
    @NonBlocking
    public CompletionStage<Response> setupTest(byte[] body) {
        return onWorker(() -> handler.handle(body, Optional.of(Environment.TEST)));
    }

    private static CompletionStage<Response> onWorker(Supplier<String> setup) {
        // the pool itself, not a ManagedExecutor: no context is captured or restored
        return CompletableFuture.supplyAsync(() -> xml(setup.get()), Infrastructure.getDefaultWorkerPool());
    }

    /**
     * The document as bytes: a String entity would be wrapped by the JAXB provider as {@code <string>}. A byte[] entity
     * is written by Quarkus REST's own byte-array writer in one non-blocking write of the whole answer (a StreamingOutput
     * went through a blocking output stream: its buffer, write and close).
     */
    private static Response xml(String document) {
        return Response.ok(document.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8").build();
    }
}
