package io.procurewire.sandbox.receiving;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.sandbox.api.CoupaApiException;
import io.procurewire.sandbox.api.CoupaCollection;
import io.procurewire.sandbox.api.CoupaQuery;
import io.procurewire.sandbox.api.CoupaRepresentation;
import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.api.Timestamps;
import io.procurewire.sandbox.po.OrderLine;
import io.procurewire.sandbox.po.PurchaseOrder;
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
import java.util.Set;

/** /api/receiving_transactions: create, index, show, PUT :id (exported flag only), PUT :id/void, DELETE. */
@Path("/api/receiving_transactions")
@PermitAll // Core API: its own OAuth2 bearer tokens and scopes (ApiAuthFilter) authenticate each call.
public class ReceivingTransactionResource {

    private static final Set<String> TYPES = Set.of("InventoryReceipt", "ReceivingQuantityConsumption",
            "ReceivingAmountConsumption", "ReceivingDisposal", "ReceivingAmountDisposal", "InventoryReturnToSupplier",
            "ReceivingReturnToSupplier");
    private static final CoupaCollection<ReceivingTransaction> TRANSACTIONS = new CoupaCollection<>(
            "ReceivingTransaction", new CoupaRepresentation("receiving-transaction", "receiving-transactions"),
            new CoupaQuery(Map.of(
            "id", new CoupaQuery.Attribute("t.id", CoupaQuery.Type.LONG),
            "type", new CoupaQuery.Attribute("t.type", CoupaQuery.Type.STRING),
            "status", new CoupaQuery.Attribute("t.status", CoupaQuery.Type.STRING),
            "exported", new CoupaQuery.Attribute("t.exported", CoupaQuery.Type.BOOLEAN),
            "order-line[id]", new CoupaQuery.Attribute("t.orderLine.id", CoupaQuery.Type.LONG),
            "order-line[order-header-id]", new CoupaQuery.Attribute("t.orderLine.purchaseOrder.id", CoupaQuery.Type.LONG),
            "order-line[po-number]", new CoupaQuery.Attribute("t.orderLine.purchaseOrder.poNumber", CoupaQuery.Type.STRING),
            "created-at", new CoupaQuery.Attribute("t.createdAt", CoupaQuery.Type.TIMESTAMP),
            "updated-at", new CoupaQuery.Attribute("t.updatedAt", CoupaQuery.Type.TIMESTAMP))),
            CoupaCollection.jpa(ReceivingTransaction.class, "t"), ReceivingTransaction::representation);

    @GET
    @Transactional
    public Response index(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                          @QueryParam("return_object") String returnObject) {
        return TRANSACTIONS.index(uri.getQueryParameters(), headers, fields, returnObject);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response show(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                         @QueryParam("return_object") String returnObject) {
        return TRANSACTIONS.show(id, headers, fields, returnObject);
    }

    /** Body: {"type":"InventoryReceipt","quantity":"2","order-line":{"id":7},"transaction-date":"...","asn-header":{"asn-number":".."}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(JsonNode body, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                           @QueryParam("return_object") String returnObject) {
        ReceivingTransaction receipt = new ReceivingTransaction();
        receipt.type = Json.text(body, "type") == null ? "InventoryReceipt" : Json.text(body, "type");
        if (!TYPES.contains(receipt.type)) {
            throw CoupaApiException.invalid("Type is not included in the list: " + receipt.type);
        }
        long lineId = Long.parseLong(Json.requiredText(body, "order-line", "id"));
        OrderLine line = OrderLine.findById(lineId);
        if (line == null || line.deleted) {
            throw CoupaApiException.invalid("Order line " + lineId + " does not exist");
        }
        if (!PurchaseOrder.ISSUED.equals(line.purchaseOrder.status)) {
            throw CoupaApiException.invalid("Purchase order " + line.purchaseOrder.poNumber + " is "
                    + line.purchaseOrder.status + "; receipts need an issued PO");
        }
        receipt.orderLine = line;
        receipt.quantity = Json.decimal(body, "quantity");
        receipt.price = Json.decimal(body, "price") == null ? line.price : Json.decimal(body, "price");
        if (receipt.quantity == null || receipt.quantity.signum() <= 0) {
            throw CoupaApiException.invalid("Quantity must be greater than 0");
        }
        receipt.uom = Json.text(body, "uom", "code") == null ? line.uom : Json.text(body, "uom", "code");
        String date = Json.text(body, "transaction-date");
        receipt.transactionDate = date == null ? Timestamps.now() : CoupaQuery.parseTimestamp(date);
        receipt.asnNumber = Json.text(body, "asn-header", "asn-number");
        receipt.persist();
        return TRANSACTIONS.render(201, receipt, headers, fields, returnObject);
    }

    /** Coupa allows only the exported flag here. */
    @PUT
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Transactional
    public Response update(@PathParam("id") long id, @QueryParam("exported") Boolean exported, JsonNode body,
                           @Context HttpHeaders headers, @QueryParam("fields") String fields,
                           @QueryParam("return_object") String returnObject) {
        return TRANSACTIONS.update(id, receipt -> {
            Boolean flag = exported != null ? exported : Json.bool(body, "exported");
            if (flag == null) {
                throw CoupaApiException.invalid("Only exported can be updated on a receiving transaction");
            }
            receipt.exported = flag;
        }, headers, fields, returnObject);
    }

    @PUT
    @Path("/{id}/void")
    @Transactional
    public Response voidReceipt(@PathParam("id") long id, @Context HttpHeaders headers,
                                @QueryParam("fields") String fields, @QueryParam("return_object") String returnObject) {
        return TRANSACTIONS.update(id, receipt -> {
            receipt.status = "voided";
            receipt.exported = false;
            receipt.updatedAt = Timestamps.now();
        }, headers, fields, returnObject);
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@PathParam("id") long id) {
        TRANSACTIONS.find(id).delete();
        return Response.noContent().build();
    }
}
