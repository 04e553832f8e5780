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
import java.util.Set;

/**
 * The simulated ERP: takes purchase orders as JSON and confirms each with an ERP document number. Idempotent on
 * po-number + version (a unique constraint): a resend gets the first answer again with 200 instead of 201.
 * Fault injection applies to /erp/ like to the Coupa API.
 */
@Path("/erp/api/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // simulates a supplier ERP's open test endpoint; a real ERP's own authentication is outside the sandbox.
public class ErpResource {

    /** What the ERP does with a version: open a new document, or change the document an earlier version opened. */
    private static final Set<String> CHANGES = Set.of("update", "cancel", "close");

    /**
     * Body: any JSON object with "po-number" and "version" (the Coupa order-header shape works as is). Without
     * "action" (or with "create") the version opens a new ERP document; with "action" update, cancel or close and the
     * "erp-document-number" of an earlier version of the same PO, it is applied to that document and answered with
     * its number.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response receive(JsonNode body) {
        String poNumber = Json.text(body, "po-number");
        Integer version = Json.integer(body, "version");
        if (poNumber == null || poNumber.isBlank() || version == null || version < 1) {
            throw ProblemException.badRequest("po-number and a positive version are required");
        }
        String action = Json.text(body, "action") == null ? "create" : Json.text(body, "action");
        String documentNumber = null;
        if (CHANGES.contains(action)) {
            documentNumber = Json.text(body, "erp-document-number");
            if (documentNumber == null || documentNumber.isBlank()) {
                throw ProblemException.badRequest("an " + action + " needs the erp-document-number it applies to");
            }
            if (ErpOrder.count("erpDocumentNumber = ?1 and poNumber = ?2", documentNumber, poNumber) == 0) {
                throw ProblemException.notFound("ERP document of purchase order " + poNumber, documentNumber);
            }
        } else if (!"create".equals(action)) {
            throw ProblemException.badRequest("action must be create, update, cancel or close, not " + action);
        }
        // INSERT .. ON CONFLICT DO NOTHING: two concurrent sends of one version cannot create two ERP documents.
        int inserted = Panache.getEntityManager().createNativeQuery("INSERT INTO erp_orders (po_number, version, "
                        + "erp_document_number, action, payload, received_at) VALUES (?1, ?2, "
                        + "COALESCE(CAST(?3 AS VARCHAR), 'ERP-' || nextval('erp_document_numbers')), ?4, ?5, ?6) "
                        + "ON CONFLICT (po_number, version) DO NOTHING")
                .setParameter(1, poNumber).setParameter(2, version).setParameter(3, documentNumber)
                .setParameter(4, action).setParameter(5, body.toString())
                .setParameter(6, Timestamps.now()).executeUpdate();
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
        // the latest version of the document
        ErpOrder order = ErpOrder.find("erpDocumentNumber = ?1 order by version desc", documentNumber).firstResult();
        if (order == null) {
            throw ProblemException.notFound("ERP document", documentNumber);
        }
        return confirmation(order);
    }

    private static Map<String, Object> confirmation(ErpOrder order) {
        return Json.map("erp-document-number", order.erpDocumentNumber, "po-number", order.poNumber,
                "version", order.version, "action", order.action, "status", "confirmed", "received-at", Timestamps.format(order.receivedAt));
    }
}
