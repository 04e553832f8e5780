package io.procurewire.sandbox.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.sandbox.api.CoupaApiException;
import io.procurewire.sandbox.api.CoupaCollection;
import io.procurewire.sandbox.api.CoupaQuery;
import io.procurewire.sandbox.api.CoupaRepresentation;
import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.api.Timestamps;
import io.procurewire.sandbox.supplier.Supplier;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Map;

/**
 * /api/supplier_items - the catalog entries catalog-service syncs: index by supplier[number] (max 50 per page),
 * create, update, soft delete (inactive).
 */
@Path("/api/supplier_items")
@PermitAll // Core API: its own OAuth2 bearer tokens and scopes (ApiAuthFilter) authenticate each call.
public class SupplierItemResource {

    private static final CoupaCollection<SupplierItem> ITEMS = new CoupaCollection<>("SupplierItem",
            new CoupaRepresentation("supplier-item", "supplier-items"), new CoupaQuery(Map.of(
            "id", new CoupaQuery.Attribute("i.id", CoupaQuery.Type.LONG),
            "supplier[number]", new CoupaQuery.Attribute("i.supplier.number", CoupaQuery.Type.STRING),
            "supplier[id]", new CoupaQuery.Attribute("i.supplier.id", CoupaQuery.Type.LONG),
            "supplier-part-num", new CoupaQuery.Attribute("i.supplierPartNum", CoupaQuery.Type.STRING),
            "active", new CoupaQuery.Attribute("i.active", CoupaQuery.Type.BOOLEAN),
            "contract[number]", new CoupaQuery.Attribute("i.contractNumber", CoupaQuery.Type.STRING),
            "updated-at", new CoupaQuery.Attribute("i.updatedAt", CoupaQuery.Type.TIMESTAMP))),
            CoupaCollection.jpa(SupplierItem.class, "i"), SupplierItem::representation);

    @GET
    @Transactional
    public Response index(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                          @QueryParam("return_object") String returnObject) {
        return ITEMS.index(uri.getQueryParameters(), headers, fields, returnObject);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response show(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                         @QueryParam("return_object") String returnObject) {
        return ITEMS.show(id, headers, fields, returnObject);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(JsonNode body, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                           @QueryParam("return_object") String returnObject) {
        SupplierItem item = new SupplierItem();
        String number = Json.requiredText(body, "supplier", "number");
        item.supplier = Supplier.byNumber(number);
        if (item.supplier == null) {
            throw CoupaApiException.invalid("Supplier " + number + " does not exist");
        }
        item.supplierPartNum = Json.requiredText(body, "supplier-part-num");
        String aux = Json.text(body, "supplier-aux-part-num");
        item.supplierAuxPartNum = aux == null ? "" : aux;
        if (SupplierItem.count("supplier = ?1 and supplierPartNum = ?2 and supplierAuxPartNum = ?3", item.supplier,
                item.supplierPartNum, item.supplierAuxPartNum) > 0) {
            throw new CoupaApiException(422, "Supplier part num has already been taken for this supplier");
        }
        apply(item, body, true);
        item.persist();
        return ITEMS.render(201, item, headers, fields, returnObject);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response update(@PathParam("id") long id, JsonNode body, @Context HttpHeaders headers,
                           @QueryParam("fields") String fields, @QueryParam("return_object") String returnObject) {
        return ITEMS.update(id, item -> {
            apply(item, body, false);
            item.updatedAt = Timestamps.now();
        }, headers, fields, returnObject);
    }

    /** Soft delete: the entry stays, inactive, as Coupa keeps catalog history. */
    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@PathParam("id") long id, @Context HttpHeaders headers) {
        return ITEMS.update(id, item -> {
            item.active = false;
            item.updatedAt = Timestamps.now();
        }, headers, null, null);
    }

    private static void apply(SupplierItem item, JsonNode body, boolean creating) {
        if (creating || Json.has(body, "name")) {
            item.name = Json.requiredText(body, "name");
        }
        if (creating || Json.has(body, "price")) {
            item.price = Json.decimal(body, "price");
            if (item.price == null || item.price.signum() < 0) {
                throw CoupaApiException.invalid("Price must be 0 or more");
            }
        }
        if (creating || Json.has(body, "currency")) {
            item.currency = Json.requiredText(body, "currency", "code");
        }
        if (creating || Json.has(body, "uom")) {
            item.uom = Json.requiredText(body, "uom", "code");
        }
        if (Json.has(body, "description")) {
            item.description = Json.text(body, "description");
        }
        if (Json.has(body, "commodity")) {
            item.commodity = Json.text(body, "commodity", "name");
        }
        if (Json.has(body, "manufacturer")) {
            item.manufacturer = Json.text(body, "manufacturer");
        }
        if (Json.has(body, "manufacturer-part-number")) {
            item.manufacturerPartNumber = Json.text(body, "manufacturer-part-number");
        }
        if (Json.has(body, "lead-time")) {
            item.leadTime = Json.integer(body, "lead-time");
        }
        if (Json.has(body, "image-url")) {
            item.imageUrl = Json.text(body, "image-url");
        }
        if (Json.has(body, "contract")) {
            item.contractNumber = Json.text(body, "contract", "number");
        }
        if (Json.bool(body, "active") != null) {
            item.active = Json.bool(body, "active");
        }
    }
}
