package io.procurewire.ordersync.push;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;

/** The buyer's endpoint (bytes both ways: a JAXB provider would wrap a String in <string>) for ConfirmationRequest (the integration's confirmation URL is its full URL). */
public interface ConfirmationApi {

    @POST
    @Consumes("text/xml; charset=UTF-8")
    @Produces({"text/xml", "application/xml"})
    byte[] send(byte[] cxml);
}
