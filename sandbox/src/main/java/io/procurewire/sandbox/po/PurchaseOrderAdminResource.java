package io.procurewire.sandbox.po;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.sandbox.api.CoupaApiException;
import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.supplier.Supplier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the buyer does in Coupa's UI, as an API for tests and demos: issue a PO directly (version 1), change it
 * (new version). Bodies use the Core API's own hyphenated shape.
 */
@Path("/admin/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class PurchaseOrderAdminResource {

    private final PurchaseOrders orders;

    public PurchaseOrderAdminResource(PurchaseOrders orders) {
        this.orders = orders;
    }

    @POST
    public Response issue(JsonNode body) {
        NewPurchaseOrder order = QuarkusTransaction.requiringNew().call(() -> {
            String number = Json.requiredText(body, "supplier", "number");
            Supplier supplier = Supplier.byNumber(number);
            if (supplier == null) {
                throw CoupaApiException.invalid("Unknown supplier number " + number);
            }
            return newOrder(supplier.id, body);
        });
        long id = orders.issue(order).id;
        return Response.status(201).entity(render(id)).build();
    }

    /** A new version: the body's order-lines replace the PO's lines (matched by line-num). */
    @POST
    @Path("/{id}/versions")
    public Response change(@PathParam("id") long id, JsonNode body) {
        Map<Integer, NewOrderLine> lines = new LinkedHashMap<>();
        JsonNode array = body == null ? null : body.get("order-lines");
        if (array == null || !array.isArray()) {
            throw CoupaApiException.invalid("order-lines is required");
        }
        int position = 1;
        for (JsonNode line : array) {
            Integer lineNum = Json.integer(line, "line-num");
            lines.put(lineNum == null ? position : lineNum, line(line));
            position++;
        }
        orders.change(id, lines);
        return Response.ok(render(id)).build();
    }

    @POST
    @Path("/{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        orders.cancel(id);
        return Response.ok(render(id)).build();
    }

    @POST
    @Path("/{id}/close")
    public Response close(@PathParam("id") long id) {
        orders.close(id);
        return Response.ok(render(id)).build();
    }

    private static Map<String, Object> render(long id) {
        return QuarkusTransaction.requiringNew().call(() -> PurchaseOrders.find(id).representation(true));
    }

    static NewPurchaseOrder newOrder(long supplierId, JsonNode body) {
        List<NewOrderLine> lines = new ArrayList<>();
        JsonNode array = body.get("order-lines");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw CoupaApiException.invalid("order-lines is required");
        }
        array.forEach(line -> lines.add(line(line)));
        try {
            return new NewPurchaseOrder(supplierId, Json.requiredText(body, "currency", "code"),
                    Json.text(body, "ship-to-address", "name"), Json.text(body, "ship-to-address", "street1"),
                    Json.text(body, "ship-to-address", "city"), Json.text(body, "ship-to-address", "postal-code"),
                    Json.text(body, "ship-to-address", "country", "code"), Json.text(body, "ship-to-user", "email"),
                    null, lines);
        } catch (IllegalArgumentException e) {
            throw CoupaApiException.invalid(e.getMessage());
        }
    }

    static NewOrderLine line(JsonNode line) {
        try {
            String needBy = Json.text(line, "need-by-date");
            return new NewOrderLine(Json.text(line, "description"), Json.decimal(line, "quantity"),
                    Json.decimal(line, "price"), Json.text(line, "uom", "code"), Json.text(line, "source-part-num"),
                    Json.text(line, "supplier-aux-part-num"), Json.text(line, "commodity", "name"),
                    needBy == null ? null : LocalDate.parse(needBy.substring(0, 10)), Json.text(line, "account", "code"));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw CoupaApiException.invalid("Invalid order line: " + e.getMessage());
        }
    }
}
