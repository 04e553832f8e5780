package io.procurewire.invoice.delivery;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;

/** A buyer platform's cXML invoice URL (the base URI is the whole URL); bytes both ways, cXML is written by us. */
public interface BuyerCxmlApi {

    @POST
    @Consumes("text/xml; charset=UTF-8")
    @Produces({"text/xml", "application/xml", "*/*"})
    byte[] post(byte[] cxml);
}
