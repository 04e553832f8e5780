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

/** A test-only buyer endpoint for ConfirmationRequest: keeps what it received, answers 200 OK. */
@Path("/fake-buyer/confirmations")
@PermitAll
@Singleton
public class FakeBuyerConfirmations {

    public final List<String> received = new CopyOnWriteArrayList<>();

    @POST
    @Consumes({"text/xml", "application/xml"})
    @Produces("text/xml")
    public jakarta.ws.rs.core.Response receive(java.io.InputStream body) throws java.io.IOException {
        String cxml = new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        received.add(cxml);
        return jakarta.ws.rs.core.Response.ok(new CxmlWriter().writeBytes(CxmlStatus.response(CxmlStatus.OK, null)), "text/xml").build();
    }
}
