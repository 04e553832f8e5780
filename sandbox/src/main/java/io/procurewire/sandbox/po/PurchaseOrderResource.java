package io.procurewire.sandbox.po;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.sandbox.api.PlainJson;
import io.procurewire.sandbox.api.CoupaApiException;
import io.procurewire.sandbox.api.CoupaCollection;
import io.procurewire.sandbox.api.CoupaQuery;
import io.procurewire.sandbox.api.CoupaRepresentation;
import io.procurewire.sandbox.confirmation.SupplierConfirmation;
import io.procurewire.sandbox.confirmation.SupplierConfirmations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Core API /api/purchase_orders: query with Coupa's filters, show, mark exported, custom fields, cancel, close, and
 * the supplier's order confirmations.
 * JSON by default; XML (root order-header / order-headers) with Accept: application/xml.
 */
@Path("/api/purchase_orders")
@PermitAll // Core API: its own OAuth2 bearer tokens and scopes (ApiAuthFilter) authenticate each call.
public class PurchaseOrderResource {

    private static final CoupaRepresentation CONFIRMATIONS =
            new CoupaRepresentation("supplier-confirmation", "supplier-confirmations");
    private static final CoupaCollection<PurchaseOrder> ORDERS = new CoupaCollection<>("OrderHeader",
            new CoupaRepresentation("order-header", "order-headers"), new CoupaQuery(Map.ofEntries(
            Map.entry("id", new CoupaQuery.Attribute("po.id", CoupaQuery.Type.LONG)),
            Map.entry("po-number", new CoupaQuery.Attribute("po.poNumber", CoupaQuery.Type.STRING)),
            Map.entry("status", new CoupaQuery.Attribute("po.status", CoupaQuery.Type.STRING,
                    s -> "canceled".equals(s) ? PurchaseOrder.CANCELLED : s)),
            Map.entry("version", new CoupaQuery.Attribute("po.version", CoupaQuery.Type.INTEGER)),
            Map.entry("exported", new CoupaQuery.Attribute("po.exported", CoupaQuery.Type.BOOLEAN)),
            Map.entry("created-at", new CoupaQuery.Attribute("po.createdAt", CoupaQuery.Type.TIMESTAMP)),
            Map.entry("updated-at", new CoupaQuery.Attribute("po.updatedAt", CoupaQuery.Type.TIMESTAMP)),
            Map.entry("last-exported-at", new CoupaQuery.Attribute("po.lastExportedAt", CoupaQuery.Type.TIMESTAMP)),
            Map.entry("supplier[id]", new CoupaQuery.Attribute("po.supplier.id", CoupaQuery.Type.LONG)),
            Map.entry("supplier[name]", new CoupaQuery.Attribute("po.supplier.name", CoupaQuery.Type.STRING)),
            Map.entry("supplier[number]", new CoupaQuery.Attribute("po.supplier.number", CoupaQuery.Type.STRING)),
            Map.entry("currency[code]", new CoupaQuery.Attribute("po.currency", CoupaQuery.Type.STRING)))),
            CoupaCollection.jpa(PurchaseOrder.class, "po"), po -> po.representation(false));

    private final PurchaseOrders orders;

    public PurchaseOrderResource(PurchaseOrders orders) {
        this.orders = orders;
    }

    @GET
    public Response index(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                          @QueryParam("return_object") String returnObject,
                          @QueryParam("show_deleted_lines") boolean showDeletedLines) {
        return QuarkusTransaction.requiringNew().call(() -> ORDERS.index(uri.getQueryParameters(), Set.of(), headers,
                fields, returnObject, po -> po.representation(showDeletedLines)));
    }

    @GET
    @Path("/{id}")
    public Response show(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                         @QueryParam("return_object") String returnObject,
                         @QueryParam("show_deleted_lines") boolean showDeletedLines) {
        return QuarkusTransaction.requiringNew().call(() -> ORDERS.show(id, headers, fields, returnObject,
                po -> po.representation(showDeletedLines)));
    }

    /**
     * {@code ?exported=true} marks the PO exported (no body needed; other changes in that call are ignored, as Coupa
     * documents). Otherwise a JSON body may set header custom fields: {"custom-fields":{"integration-status":"..."}}.
     */
    @PUT
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response update(@PathParam("id") long id, @QueryParam("exported") Boolean exported, String body,
                           @Context HttpHeaders headers, @QueryParam("fields") String fields,
                           @QueryParam("return_object") String returnObject) {
        if (exported != null) {
            orders.markExported(id, exported);
        } else {
            orders.updateCustomFields(id, customFields(body));
        }
        return show(id, headers, fields, returnObject, false);
    }

    /** The supplier's order confirmations of this PO (cXML ConfirmationRequest), oldest first. */
    @GET
    @Path("/{id}/supplier_confirmations")
    public Response confirmations(@PathParam("id") long id, @Context HttpHeaders headers,
                                  @QueryParam("fields") String fields, @QueryParam("return_object") String returnObject) {
        List<Map<String, Object>> confirmations = QuarkusTransaction.requiringNew().call(() ->
                SupplierConfirmations.of(ORDERS.find(id).id).stream()
                        .map(SupplierConfirmation::representation).toList());
        return CONFIRMATIONS.many(confirmations, headers, fields, returnObject);
    }

    @PUT
    @Path("/{id}/cancel")
    public Response cancel(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                           @QueryParam("return_object") String returnObject) {
        orders.cancel(id);
        return show(id, headers, fields, returnObject, false);
    }

    @PUT
    @Path("/{id}/close")
    public Response close(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                          @QueryParam("return_object") String returnObject) {
        orders.close(id);
        return show(id, headers, fields, returnObject, false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> customFields(String body) {
        if (body == null || body.isBlank()) {
            throw CoupaApiException.invalid("Nothing to update: send ?exported=true or a body with custom-fields");
        }
        try {
            JsonNode json = PlainJson.mapper().readTree(body);
            JsonNode custom = json.get("custom-fields");
            if (custom == null || !custom.isObject()) {
                throw CoupaApiException.invalid("Only custom-fields can be updated on a purchase order through the API");
            }
            return PlainJson.mapper().convertValue(custom, Map.class);
        } catch (java.io.IOException e) {
            throw CoupaApiException.invalid("The body is not JSON: " + e.getMessage());
        }
    }
}
