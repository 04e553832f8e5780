package io.procurewire.sandbox.receiving;

import io.procurewire.sandbox.SandboxApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.procurewire.sandbox.SandboxApi.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ReceivingTransactionApiTest {

    @Test
    void receiptAgainstAPoLineIsListedExportedAndVoided() {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(supplier, Map.of());
        int po = SandboxApi.issuePo(supplier, "Widget");
        int line = api().get("/api/purchase_orders/" + po).then().extract().path("order-lines[0].id");
        int receipt = api().contentType("application/json").body(Map.of("type", "InventoryReceipt", "quantity", "1.5",
                        "order-line", Map.of("id", line), "asn-header", Map.of("asn-number", "ASN-9")))
                .post("/api/receiving_transactions").then().statusCode(201)
                .body("quantity", equalTo("1.5")).body("price", equalTo("10.5")).body("uom.code", equalTo("EA"))
                .body("order-line.order-header-id", equalTo(po)).body("asn-header.asn-number", equalTo("ASN-9"))
                .body("exported", equalTo(false)).extract().path("id");
        api().queryParam("order-line[order-header-id]", po).queryParam("exported", "false")
                .get("/api/receiving_transactions").then().statusCode(200).body("id", contains(receipt));
        api().put("/api/receiving_transactions/" + receipt + "?exported=true").then().statusCode(200)
                .body("exported", equalTo(true));
        api().queryParam("order-line[order-header-id]", po).queryParam("exported", "false")
                .get("/api/receiving_transactions").then().statusCode(200).body("$", empty());
        api().put("/api/receiving_transactions/" + receipt + "/void").then().statusCode(200)
                .body("status", equalTo("voided"));
    }

    @Test
    void refusesReceiptsWithoutPositiveQuantityOrOnCancelledPos() {
        String supplier = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        SandboxApi.createSupplier(supplier, Map.of());
        int po = SandboxApi.issuePo(supplier, "Widget");
        int line = api().get("/api/purchase_orders/" + po).then().extract().path("order-lines[0].id");
        api().contentType("application/json").body(Map.of("quantity", "0", "order-line", Map.of("id", line)))
                .post("/api/receiving_transactions").then().statusCode(400)
                .body("errors.error", hasItem("Quantity must be greater than 0"));
        api().put("/api/purchase_orders/" + po + "/cancel").then().statusCode(200);
        api().contentType("application/json").body(Map.of("quantity", "1", "order-line", Map.of("id", line)))
                .post("/api/receiving_transactions").then().statusCode(400);
    }
}
