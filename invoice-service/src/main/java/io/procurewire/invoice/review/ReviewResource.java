package io.procurewire.invoice.review;

import io.procurewire.invoice.intake.InvoiceView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The reviewer queue: invoices with open exceptions, oldest first (decisions: /api/invoices/{id}/accept|reject). */
@Path("/api/exceptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "reviewer", "viewer"})
public class ReviewResource {

    private final Reviews reviews;

    public ReviewResource(Reviews reviews) {
        this.reviews = reviews;
    }

    @GET
    public List<InvoiceView> queue() {
        return reviews.queue();
    }
}
