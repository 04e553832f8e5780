package io.procurewire.ordersync.fake;

import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.CxmlWriter;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test-only buyer endpoint for ConfirmationRequest: keeps what it received and answers 200 OK; a payloadID it has
 * already received is answered 409, as buyers (and the sandbox) do. {@link #loseNextAnswer} stores the next document
 * but answers 503, as when the answer is lost on the way back.
 */
@Path("/fake-buyer/confirmations")
@PermitAll
@Singleton
public class FakeBuyerConfirmations {

    public final List<String> received = new CopyOnWriteArrayList<>();
    public final java.util.concurrent.atomic.AtomicBoolean loseNextAnswer = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.Set<String> payloadIds = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @POST
    @Consumes({"text/xml", "application/xml"})
    @Produces("text/xml")
    public jakarta.ws.rs.core.Response receive(java.io.InputStream body) throws java.io.IOException {
        String cxml = new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher payloadId = java.util.regex.Pattern.compile("payloadID=\"([^\"]+)\"").matcher(cxml);
        if (payloadId.find() && !payloadIds.add(payloadId.group(1))) {
            return answer(409, "payloadID already received");
        }
        received.add(cxml);
        if (loseNextAnswer.compareAndSet(true, false)) {
            return answer(503, "the answer was lost");
        }
        return jakarta.ws.rs.core.Response.ok(new CxmlWriter().writeBytes(CxmlStatus.response(CxmlStatus.OK, null)), "text/xml").build();
    }

    private static jakarta.ws.rs.core.Response answer(int code, String text) {
        return jakarta.ws.rs.core.Response.ok(new CxmlWriter().writeBytes(CxmlStatus.response(code, text)), "text/xml").build();
    }
}
