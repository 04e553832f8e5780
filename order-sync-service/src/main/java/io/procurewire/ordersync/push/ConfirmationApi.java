package io.procurewire.ordersync.push;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;

/** The buyer's endpoint for ConfirmationRequest (the integration's confirmation URL is its full URL). */
public interface ConfirmationApi {

    @POST
    @Consumes("text/xml; charset=UTF-8")
    @Produces({"text/xml", "application/xml"})
    String send(String cxml);
}
