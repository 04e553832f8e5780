package io.procurewire.sandbox.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import io.procurewire.sandbox.api.CoupaApiException;
import io.procurewire.sandbox.api.CoupaCollection;
import io.procurewire.sandbox.api.CoupaQuery;
import io.procurewire.sandbox.api.CoupaRepresentation;
import io.procurewire.sandbox.api.Json;
import io.procurewire.sandbox.api.Timestamps;
import io.procurewire.sandbox.supplier.Supplier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** /api/invoices: index, show, create (JSON), PUT :id?exported=true. Suppliers send cXML to /cxml/invoices. */
@Path("/api/invoices")
@PermitAll // Core API: its own OAuth2 bearer tokens and scopes (ApiAuthFilter) authenticate each call.
public class InvoiceResource {

    private static final CoupaCollection<Invoice> INVOICES = new CoupaCollection<>("InvoiceHeader",
            new CoupaRepresentation("invoice-header", "invoice-headers"), new CoupaQuery(Map.of(
            "id", new CoupaQuery.Attribute("i.id", CoupaQuery.Type.LONG),
            "invoice-number", new CoupaQuery.Attribute("i.invoiceNumber", CoupaQuery.Type.STRING),
            "status", new CoupaQuery.Attribute("i.status", CoupaQuery.Type.STRING),
            "exported", new CoupaQuery.Attribute("i.exported", CoupaQuery.Type.BOOLEAN),
            "supplier[number]", new CoupaQuery.Attribute("i.supplier.number", CoupaQuery.Type.STRING),
            "created-at", new CoupaQuery.Attribute("i.createdAt", CoupaQuery.Type.TIMESTAMP),
            "updated-at", new CoupaQuery.Attribute("i.updatedAt", CoupaQuery.Type.TIMESTAMP))),
            CoupaCollection.jpa(Invoice.class, "i"), Invoice::representation);

    private final Invoices invoices;

    public InvoiceResource(Invoices invoices) {
        this.invoices = invoices;
    }

    @GET
    @Transactional
    public Response index(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                          @QueryParam("return_object") String returnObject) {
        return INVOICES.index(uri.getQueryParameters(), headers, fields, returnObject);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Response show(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                         @QueryParam("return_object") String returnObject) {
        return INVOICES.show(id, headers, fields, returnObject);
    }

    /**
     * Body: {"invoice-number":"INV-1","invoice-date":"..","currency":{"code":"USD"},"supplier":{"number":".."},
     * "invoice-lines":[{"line-num":1,"description":"..","quantity":"2","price":"10","uom":{"code":"EA"},
     * "po-number":"1001","order-line-num":1}]}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode body, @Context HttpHeaders headers, @QueryParam("fields") String fields,
                           @QueryParam("return_object") String returnObject) {
        String number = Json.requiredText(body, "supplier", "number");
        Long supplierId = QuarkusTransaction.requiringNew().call(() -> {
            Supplier supplier = Supplier.byNumber(number);
            return supplier == null ? null : supplier.id;
        });
        if (supplierId == null) {
            throw CoupaApiException.invalid("Supplier " + number + " does not exist");
        }
        List<NewInvoice.Line> lines = new ArrayList<>();
        JsonNode array = body.get("invoice-lines");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw CoupaApiException.invalid("invoice-lines can't be blank");
        }
        BigDecimal total = BigDecimal.ZERO;
        int position = 1;
        for (JsonNode line : array) {
            BigDecimal quantity = Json.decimal(line, "quantity");
            BigDecimal price = Json.decimal(line, "price");
            BigDecimal lineTotal = Json.decimal(line, "total") != null ? Json.decimal(line, "total")
                    : quantity != null && price != null ? quantity.multiply(price) : null;
            if (lineTotal == null) {
                throw CoupaApiException.invalid("invoice line " + position + " needs quantity and price, or total");
            }
            total = total.add(lineTotal);
            Integer lineNum = Json.integer(line, "line-num");
            lines.add(new NewInvoice.Line(lineNum == null ? position : lineNum, Json.text(line, "description"), quantity,
                    price, lineTotal, Json.text(line, "uom", "code"), Json.text(line, "po-number"),
                    Json.integer(line, "order-line-num"), Json.text(line, "source-part-num")));
            position++;
        }
        String date = Json.text(body, "invoice-date");
        try {
            Invoice invoice = invoices.create(new NewInvoice(supplierId, Json.requiredText(body, "invoice-number"),
                    date == null ? Timestamps.now() : CoupaQuery.parseTimestamp(date),
                    Json.requiredText(body, "currency", "code"), total, "api", null, lines));
            return QuarkusTransaction.requiringNew().call(() ->
                    INVOICES.render(201, INVOICES.find(invoice.id), headers, fields, returnObject));
        } catch (Invoices.Rejected rejected) {
            throw new CoupaApiException(422, rejected.getMessage());
        }
    }

    @PUT
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Transactional
    public Response update(@PathParam("id") long id, @QueryParam("exported") Boolean exported, JsonNode body,
                           @Context HttpHeaders headers, @QueryParam("fields") String fields,
                           @QueryParam("return_object") String returnObject) {
        return INVOICES.update(id, invoice -> {
            Boolean flag = exported != null ? exported : Json.bool(body, "exported");
            if (flag != null) {
                invoice.exported = flag;
            }
            String status = Json.text(body, "status");
            if (status != null) {
                invoice.status = status;
                invoice.updatedAt = Timestamps.now();
            }
        }, headers, fields, returnObject);
    }
}
