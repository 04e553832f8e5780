package io.procurewire.invoice.po;

import io.procurewire.invoice.matching.PurchaseOrder;
import io.procurewire.invoice.rematch.RematchQueue;
import io.procurewire.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The stored PO data. PUT stores a PO (or a new version of it: the lines are replaced) and requests a re-match of
 * its undecided invoices in the same transaction — how a PO change reaches the matches.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/purchase-orders/{poNumber}")
@RolesAllowed("admin")
public class PurchaseOrderResource {

    private final PurchaseOrders orders;
    private final RematchQueue rematch;

    public PurchaseOrderResource(PurchaseOrders orders, RematchQueue rematch) {
        this.orders = orders;
        this.rematch = rematch;
    }

    @GET
    @RolesAllowed({"admin", "reviewer", "viewer"})
    @Transactional
    public PurchaseOrder get(@PathParam("poNumber") String poNumber) {
        return orders.stored(poNumber).orElseThrow(() -> ProblemException.notFound("purchase order", poNumber));
    }

    @PUT
    @Transactional
    public PurchaseOrder put(@PathParam("poNumber") String poNumber, PurchaseOrder order) {
        if (order == null || !poNumber.equals(order.poNumber()) || order.currency() == null || order.supplier() == null
                || order.lines().isEmpty()) {
            throw ProblemException.badRequest("a PO needs poNumber (equal to the path), supplier, currency and lines");
        }
        orders.store(order);
        rematch.requestForPurchaseOrder(poNumber, "PO " + poNumber + " changed");
        return order;
    }
}
