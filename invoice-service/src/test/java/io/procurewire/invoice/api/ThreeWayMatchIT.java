package io.procurewire.invoice.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A three-way match against the packaged application (quarkus-run.jar, or the native executable with -Pnative): PO
 * data given through the API (no buyer platform needed), a goods receipt, an invoice that matches, and one that
 * bills more than was received and becomes an exception for a reviewer. JSON binding, the matching engine, Flyway's
 * schema and the roles, as a container runs them.
 */
@QuarkusIntegrationTest
class ThreeWayMatchIT {

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-test-password");
    }

    private static RequestSpecification viewer() {
        return given().auth().preemptive().basic("auditor", "auditor-test-password");
    }

    private static String invoice(String number, String po, String quantity) {
        return """
                {"supplier":"SUP-IT","buyer":"buyer","invoiceNumber":"%s","invoiceDate":"2026-11-20","currency":"USD",
                 "purpose":"STANDARD","lines":[{"lineNumber":1,"poNumber":"%s","poLineNumber":1,"quantity":%s,
                 "unitPrice":10.00,"uom":"EA"}]}""".formatted(number, po, quantity);
    }

    @Test
    void theApiRefusesAnonymousCallers() {
        given().auth().none().get("/api/invoices").then().statusCode(401);
    }

    @Test
    void aReceivedPoMatchesItsInvoiceAndAnOverbilledInvoiceIsAnException() {
        String po = "PO-IT-" + System.nanoTime();
        admin().contentType(ContentType.JSON).body("""
                {"poNumber":"%s","buyer":"buyer","supplier":"SUP-IT","currency":"USD","orderDate":"2026-11-01",
                 "lines":[{"lineNumber":1,"quantity":10,"unitPrice":10.00,"uom":"EA"}]}""".formatted(po))
                .put("/api/purchase-orders/" + po).then().statusCode(200);
        admin().contentType(ContentType.JSON)
                .body("{\"receiptId\":\"GR-%s\",\"poNumber\":\"%s\",\"poLineNumber\":1,\"quantity\":4}".formatted(po, po))
                .post("/api/receipts").then().statusCode(201);
        viewer().queryParam("poNumber", po).get("/api/receipts").then().statusCode(200).body("$", hasSize(1));

        admin().contentType(ContentType.JSON).body(invoice("INV-A-" + po, po, "4")).post("/api/invoices")
                .then().statusCode(201).body("status", equalTo("MATCHED"));
        admin().contentType(ContentType.JSON).body(invoice("INV-B-" + po, po, "6")).post("/api/invoices")
                .then().statusCode(201).body("status", equalTo("EXCEPTION"))
                .body("exceptions[0].code", equalTo("QUANTITY_NOT_RECEIVED"));
    }
}
