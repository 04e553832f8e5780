package io.procurewire.sandbox.invoice;

import io.procurewire.sandbox.SandboxApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.procurewire.sandbox.SandboxApi.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class InvoiceApiTest {

    @Test
    void invoiceAgainstAPoIsCreatedOnceAndListed() {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(supplier, Map.of());
        int po = SandboxApi.issuePo(supplier, "Widget");
        String poNumber = api().get("/api/purchase_orders/" + po).then().extract().path("po-number");
        Map<String, Object> invoice = Map.of("invoice-number", "INV-1", "currency", Map.of("code", "USD"),
                "supplier", Map.of("number", supplier), "invoice-lines", List.of(Map.of("line-num", 1,
                        "description", "Widget", "quantity", "2", "price", "10.50", "uom", Map.of("code", "EA"),
                        "po-number", poNumber, "order-line-num", 1)));
        int id = api().contentType("application/json").body(invoice).post("/api/invoices").then().statusCode(201)
                .body("total", equalTo("21.00")).body("status", equalTo("pending_approval"))
                .body("invoice-lines[0].po-number", equalTo(poNumber)).extract().path("id");
        api().contentType("application/json").body(invoice).post("/api/invoices").then().statusCode(422)
                .body("errors.error", hasItem(startsWith("Invoice INV-1 already exists")));
        api().queryParam("supplier[number]", supplier).queryParam("exported", "false").get("/api/invoices")
                .then().statusCode(200).body("id", contains(id));
    }

    @Test
    void invoiceForAnUnknownPoLineIsRefused() {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(supplier, Map.of());
        int po = SandboxApi.issuePo(supplier, "Widget");
        String poNumber = api().get("/api/purchase_orders/" + po).then().extract().path("po-number");
        api().contentType("application/json").body(Map.of("invoice-number", "INV-2", "currency", Map.of("code", "USD"),
                        "supplier", Map.of("number", supplier), "invoice-lines", List.of(Map.of("quantity", "1",
                                "price", "1", "po-number", poNumber, "order-line-num", 7))))
                .post("/api/invoices").then().statusCode(422)
                .body("errors.error", hasItem("line 1: PO " + poNumber + " has no line 7"));
    }
}
