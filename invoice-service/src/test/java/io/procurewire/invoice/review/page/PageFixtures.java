package io.procurewire.invoice.review.page;

import io.procurewire.invoice.fakebuyer.FakeBuyerPlatform;
import io.procurewire.testsupport.security.TestUsers;
import io.restassured.http.ContentType;

import java.util.List;

/** Invoices in exception for the page tests: a quantity not yet received, and a price over tolerance. */
final class PageFixtures {

    private PageFixtures() {
    }

    /** PO {po}: line 1 10 × 10.00, line 2 5 × 2.00; 4 received on line 1, 5 on line 2. */
    static void purchaseOrderWithReceipts(String po) {
        FakeBuyerPlatform.order(po, "USD", List.of(FakeBuyerPlatform.line(1, "10", "10.00", "EA"),
                FakeBuyerPlatform.line(2, "5", "2.00", "EA")));
        receipt(po + "-GR-1", po, 1, "4");
        receipt(po + "-GR-2", po, 2, "5");
    }

    static void receipt(String key, String po, int line, String quantity) {
        TestUsers.ADMIN.given().contentType(ContentType.JSON).body("""
                {"receiptId":"%s","poNumber":"%s","poLineNumber":%d,"quantity":%s}""".formatted(key, po, line, quantity))
                .post("/api/receipts").then().statusCode(201);
    }

    /** Line 1: 10 invoiced, 4 received (QUANTITY_NOT_RECEIVED); line 2: 2.50 for 2.00 (PRICE_OVER_TOLERANCE). */
    static long invoiceWithTwoBreaches(String number, String buyer, String po) {
        return TestUsers.ADMIN.given().contentType(ContentType.JSON).body("""
                {"supplier":"SUP-1","buyer":"%s","invoiceNumber":"%s","invoiceDate":"2026-11-20","currency":"USD",
                 "purpose":"STANDARD","lines":[
                  {"lineNumber":1,"poNumber":"%s","poLineNumber":1,"quantity":10,"unitPrice":10.00,"uom":"EA"},
                  {"lineNumber":2,"poNumber":"%s","poLineNumber":2,"quantity":5,"unitPrice":2.50,"uom":"EA"}]}"""
                        .formatted(buyer, number, po, po))
                .post("/api/invoices").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Line 1 only: 10 invoiced, 4 received. */
    static long invoiceShortOnReceipts(String number, String buyer, String po) {
        return TestUsers.ADMIN.given().contentType(ContentType.JSON).body("""
                {"supplier":"SUP-1","buyer":"%s","invoiceNumber":"%s","invoiceDate":"2026-11-20","currency":"USD",
                 "purpose":"STANDARD","lines":[
                  {"lineNumber":1,"poNumber":"%s","poLineNumber":1,"quantity":10,"unitPrice":10.00,"uom":"EA"}]}"""
                        .formatted(buyer, number, po))
                .post("/api/invoices").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
