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
    public String receive(String cxml) {
        received.add(cxml);
        return new CxmlWriter().write(CxmlStatus.response(CxmlStatus.OK, null));
    }
}
