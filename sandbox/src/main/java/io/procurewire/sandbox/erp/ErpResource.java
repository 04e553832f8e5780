package io.procurewire.sandbox.erp;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.problem.ProblemException;
import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.api.Timestamps;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * The simulated ERP: takes purchase orders as JSON and confirms each with an ERP document number. Idempotent on
 * po-number + version (a unique constraint): a resend gets the first answer again with 200 instead of 201.
 * Fault injection applies to /erp/ like to the Coupa API.
 */
@Path("/erp/api/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // simulates a supplier ERP's open test endpoint; a real ERP's own authentication is outside the sandbox.
public class ErpResource {

    /** Body: any JSON object with "po-number" and "version" (the Coupa order-header shape works as is). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response receive(JsonNode body) {
        String poNumber = Json.text(body, "po-number");
        Integer version = Json.integer(body, "version");
        if (poNumber == null || poNumber.isBlank() || version == null || version < 1) {
            throw ProblemException.badRequest("po-number and a positive version are required");
        }
        // INSERT .. ON CONFLICT DO NOTHING: two concurrent sends of one version cannot create two ERP documents.
        int inserted = Panache.getEntityManager().createNativeQuery("INSERT INTO erp_orders (po_number, version, "
                        + "erp_document_number, payload, received_at) VALUES (?1, ?2, 'ERP-' || nextval('erp_document_numbers'), "
                        + "?3, ?4) ON CONFLICT (po_number, version) DO NOTHING")
                .setParameter(1, poNumber).setParameter(2, version).setParameter(3, body.toString())
                .setParameter(4, Timestamps.now()).executeUpdate();
        ErpOrder order = ErpOrder.find("poNumber = ?1 and version = ?2", poNumber, version).firstResult();
        return Response.status(inserted == 1 ? 201 : 200).entity(confirmation(order)).build();
    }

    @GET
    @Transactional
    public List<Map<String, Object>> list(@QueryParam("po-number") String poNumber) {
        List<ErpOrder> orders = poNumber == null ? ErpOrder.listAll(io.quarkus.panache.common.Sort.by("id"))
                : ErpOrder.list("poNumber = ?1 order by version", poNumber);
        return orders.stream().map(ErpResource::confirmation).toList();
    }

    @GET
    @Path("/{documentNumber}")
    @Transactional
    public Map<String, Object> show(@PathParam("documentNumber") String documentNumber) {
        ErpOrder order = ErpOrder.find("erpDocumentNumber", documentNumber).firstResult();
        if (order == null) {
            throw ProblemException.notFound("ERP document", documentNumber);
        }
        return confirmation(order);
    }

    private static Map<String, Object> confirmation(ErpOrder order) {
        return Json.map("erp-document-number", order.erpDocumentNumber, "po-number", order.poNumber,
                "version", order.version, "status", "confirmed", "received-at", Timestamps.format(order.receivedAt));
    }
}
