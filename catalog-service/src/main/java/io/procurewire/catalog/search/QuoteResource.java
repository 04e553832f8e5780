package io.procurewire.catalog.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Price resolution for a whole cart in one call (the shop's price source). */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/prices/quote")
@RolesAllowed({"admin", "reviewer", "viewer"})
public class QuoteResource {

    private final QuoteService quotes;

    QuoteResource(QuoteService quotes) {
        this.quotes = quotes;
    }

    @POST
    public Quote quote(QuoteRequest request) {
        return quotes.quote(request);
    }
}
