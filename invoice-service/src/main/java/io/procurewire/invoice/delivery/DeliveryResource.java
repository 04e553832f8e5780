package io.procurewire.invoice.delivery;

import io.procurewire.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;

/** Where an invoice stands on its way to the buyer platform. */
@Path("/api/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    public record DeliveryView(long invoiceId, String buyer, String targetUrl, String payloadId, String state,
                               int attempts, Integer statusCode, String statusText, Instant queuedAt,
                               Instant nextAttemptAt, Instant finishedAt) {
        static DeliveryView of(DeliveryRecord d) {
            return new DeliveryView(d.invoiceId, d.buyer, d.targetUrl, d.payloadId, d.state, d.attempts, d.statusCode,
                    d.statusText, d.queuedAt, d.nextAttemptAt, d.finishedAt);
        }
    }

    private final Deliveries deliveries;

    public DeliveryResource(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Path("/{invoiceId}")
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Transactional
    public DeliveryView get(@PathParam("invoiceId") long invoiceId) {
        DeliveryRecord d = DeliveryRecord.findById(invoiceId);
        if (d == null) {
            throw ProblemException.notFound("delivery of invoice", invoiceId);
        }
        return DeliveryView.of(d);
    }

    /** A FAILED delivery is queued again (same document and payloadID); others are answered as they are. */
    @POST
    @Path("/{invoiceId}/retry")
    @RolesAllowed("admin")
    public DeliveryView retry(@PathParam("invoiceId") long invoiceId) {
        return deliveries.requeue(invoiceId).map(DeliveryView::of)
                .orElseThrow(() -> ProblemException.notFound("delivery of invoice", invoiceId));
    }
}
