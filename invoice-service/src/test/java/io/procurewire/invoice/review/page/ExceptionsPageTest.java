package io.procurewire.invoice.review.page;

import io.procurewire.testsupport.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The exceptions pages' HTML contract, their roles, and the same-origin rule on their form posts. */
@QuarkusTest
class ExceptionsPageTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void theQueueListsInvoicesInExceptionWithTheirReasonsAndFiltersByReasonAndBuyer() {
        PageFixtures.purchaseOrderWithReceipts("PO-PG-1");
        long both = PageFixtures.invoiceWithTwoBreaches("INV-PG-1", "buyer-page-a", "PO-PG-1");
        long shortOnly = PageFixtures.invoiceShortOnReceipts("INV-PG-2", "buyer-page-b", "PO-PG-1");

        TestUsers.REVIEWER.given().get("/review").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<h1>Invoices in exception</h1>"))
                .body(containsString("<a href=\"/review/invoices/" + both + "\">INV-PG-1</a>"))
                .body(containsString("<a href=\"/review/invoices/" + shortOnly + "\">INV-PG-2</a>"))
                .body(containsString("<option value=\"buyer-page-a\">buyer-page-a</option>"));
        TestUsers.REVIEWER.given().queryParam("reason", "PRICE_OVER_TOLERANCE").get("/review").then().statusCode(200)
                .body(containsString(">INV-PG-1</a>"), not(containsString(">INV-PG-2</a>")))
                .body(containsString("<option value=\"PRICE_OVER_TOLERANCE\" selected>"));
        TestUsers.REVIEWER.given().queryParam("buyer", "buyer-page-b").get("/review").then().statusCode(200)
                .body(containsString(">INV-PG-2</a>"), not(containsString(">INV-PG-1</a>")))
                .body(containsString("<span class=\"reason\">QUANTITY_NOT_RECEIVED</span>"));
        TestUsers.REVIEWER.given().queryParam("buyer", "nobody").get("/review").then().statusCode(200)
                .body(containsString("<p id=\"empty\">No invoice in exception of nobody.</p>"));
    }

    @Test
    void aCorrectedInvoiceShowsItsRevisionAndWhereTheEarlierOnesAre() {
        PageFixtures.purchaseOrderWithReceipts("PO-PG-9");
        long id = PageFixtures.invoiceWithTwoBreaches("INV-PG-9", "buyer-page-r", "PO-PG-9");
        TestUsers.REVIEWER.given().get("/review/invoices/" + id).then().statusCode(200)
                .body(containsString("revision <b id=\"revision\">1</b>,"));
        // corrected price on line 2, line 1 still short on receipts: a second revision, still in exception
        TestUsers.ADMIN.given().contentType(io.restassured.http.ContentType.JSON).body("""
                {"supplier":"SUP-1","buyer":"buyer-page-r","invoiceNumber":"INV-PG-9","invoiceDate":"2026-11-20",
                 "currency":"USD","purpose":"STANDARD","lines":[
                  {"lineNumber":1,"poNumber":"PO-PG-9","poLineNumber":1,"quantity":10,"unitPrice":10.00,"uom":"EA"},
                  {"lineNumber":2,"poNumber":"PO-PG-9","poLineNumber":2,"quantity":5,"unitPrice":2.00,"uom":"EA"}]}""")
                .put("/api/invoices/" + id).then().statusCode(200);
        TestUsers.REVIEWER.given().get("/review/invoices/" + id).then().statusCode(200)
                .body(containsString("revision <b id=\"revision\">2</b> (corrected; earlier"))
                .body(containsString("<a href=\"/api/invoices/" + id + "/revisions\">"))
                .body(containsString("<tr data-code=\"PRICE_OVER_TOLERANCE\" data-state=\"CLEARED\""));
    }

    @Test
    void anInvoiceShowsPoReceiptsAndInvoiceSideBySideWithEachBreachHighlighted() {
        PageFixtures.purchaseOrderWithReceipts("PO-PG-3");
        long id = PageFixtures.invoiceWithTwoBreaches("INV-PG-3", "buyer-page-c", "PO-PG-3");

        String html = TestUsers.REVIEWER.given().get("/review/invoices/" + id).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Invoice INV-PG-3</h1>"))
                // line 1: short on receipts (received 4 of 10 invoiced), highlighted received and quantity cells
                .body(containsString("<tr data-line=\"1\" class=\"breach\">"))
                .body(containsString("<td class=\"num breach\" data-cell=\"received\">4.000000</td>"))
                .body(containsString("<td class=\"num breach\" data-cell=\"quantity\">10</td>"))
                .body(containsString("<td class=\"num\" data-cell=\"price\">10.00</td>"))
                // line 2: price over tolerance, highlighted PO and invoice price
                .body(containsString("<td class=\"num breach\" data-cell=\"po-price\">2.000000</td>"))
                .body(containsString("<td class=\"num breach\" data-cell=\"price\">2.50</td>"))
                // every breach with expected, actual, limit, breach amount
                .body(containsString("<tr data-code=\"QUANTITY_NOT_RECEIVED\" data-state=\"OPEN\" class=\"open\">"))
                .body(containsString("<td>QUANTITY_NOT_RECEIVED</td><td>1</td><td>4</td><td>10</td>\n    <td>4</td><td class=\"num\">60.0000</td>"))
                .body(containsString("<td>PRICE_OVER_TOLERANCE</td><td>2</td><td>2</td><td>2.5</td>\n    <td>2</td><td class=\"num\">2.5000</td>"))
                // the PO and the receipts
                .body(containsString("<section class=\"po\" data-po=\"PO-PG-3\">"))
                .body(containsString("<td>PO-PG-3-GR-1</td><td>PO-PG-3 / 1</td>"))
                // the decision forms post to this page's own actions
                .body(containsString("<form class=\"decision\" id=\"accept\" method=\"post\" action=\"/review/invoices/" + id + "/accept\">"))
                .body(containsString("<textarea id=\"accept-reason\" name=\"reason\" rows=\"2\" required"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("<script"), "the page needs no JavaScript");
        TestUsers.REVIEWER.given().get("/review/invoices/999999999").then().statusCode(404);
    }

    @Test
    void onlyAReviewerSeesThePagesAndAnonymousIsAskedToLogIn() {
        TestUsers.anonymous().get("/review").then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.equalToIgnoringCase("basic"));
        TestUsers.anonymous().get("/review/invoices/1").then().statusCode(401);
        TestUsers.VIEWER.given().get("/review").then().statusCode(403);
        TestUsers.ADMIN.given().get("/review").then().statusCode(403);
        TestUsers.anonymous().header("Origin", origin()).contentType(FORM).formParam("reason", "x")
                .post("/review/invoices/1/accept").then().statusCode(401);
        TestUsers.VIEWER.given().header("Origin", origin()).contentType(FORM).formParam("reason", "x")
                .post("/review/invoices/1/accept").then().statusCode(403);
        TestUsers.ADMIN.given().header("Origin", origin()).contentType(FORM).formParam("reason", "x")
                .post("/review/invoices/1/reject").then().statusCode(403);
    }

    @Test
    void formPostsFromAnotherSiteOrWithoutBrowserHeadersAreRefusedAndDecisionsGoThroughTheReviewLogic() {
        PageFixtures.purchaseOrderWithReceipts("PO-PG-4");
        long accepted = PageFixtures.invoiceShortOnReceipts("INV-PG-4", "buyer-page-d", "PO-PG-4");
        long rejected = PageFixtures.invoiceShortOnReceipts("INV-PG-5", "buyer-page-d", "PO-PG-4");

        TestUsers.REVIEWER.given().header("Origin", "https://evil.example").contentType(FORM).formParam("reason", "x")
                .post("/review/invoices/" + accepted + "/accept").then().statusCode(403);
        TestUsers.REVIEWER.given().header("Sec-Fetch-Site", "cross-site").contentType(FORM).formParam("reason", "x")
                .post("/review/invoices/" + accepted + "/accept").then().statusCode(403);
        TestUsers.REVIEWER.given().contentType(FORM).formParam("reason", "x")
                .post("/review/invoices/" + accepted + "/accept").then().statusCode(403);
        TestUsers.VIEWER.given().get("/api/invoices/" + accepted).then().body("status", equalTo("EXCEPTION"));

        // no reason: back to the invoice with the review logic's answer, nothing decided
        TestUsers.REVIEWER.given().redirects().follow(false).header("Origin", origin()).contentType(FORM)
                .formParam("reason", " ").post("/review/invoices/" + accepted + "/accept").then().statusCode(303)
                .header("Location", allOf(containsString("/review/invoices/" + accepted + "?message="),
                        containsString("needs+a+reason")));
        TestUsers.REVIEWER.given().redirects().follow(false).header("Origin", origin()).contentType(FORM)
                .formParam("reason", "goods arrived, receipt follows").post("/review/invoices/" + accepted + "/accept")
                .then().statusCode(303).header("Location", containsString("/review?message=Accepted+invoice+" + accepted));
        TestUsers.REVIEWER.given().redirects().follow(false).header("Sec-Fetch-Site", "same-origin").contentType(FORM)
                .formParam("reason", "wrong price list").post("/review/invoices/" + rejected + "/reject")
                .then().statusCode(303).header("Location", containsString("/review?message=Rejected+invoice+" + rejected));

        TestUsers.VIEWER.given().get("/api/invoices/" + accepted).then().body("status", equalTo("ACCEPTED"))
                .body("exceptions.state", hasItem("ACCEPTED"));
        TestUsers.VIEWER.given().get("/api/invoices/" + accepted + "/audit").then()
                .body("action", hasItem("ACCEPT")).body("actor", hasItem("reviewer"))
                .body("reason", hasItem("goods arrived, receipt follows"));
        TestUsers.VIEWER.given().get("/api/invoices/" + rejected).then().body("status", equalTo("REJECTED"));
        // decided twice: the review logic refuses, the page says so
        TestUsers.REVIEWER.given().redirects().follow(false).header("Origin", origin()).contentType(FORM)
                .formParam("reason", "again").post("/review/invoices/" + accepted + "/accept").then().statusCode(303)
                .header("Location", containsString("is+ACCEPTED"));
        TestUsers.REVIEWER.given().get("/review/invoices/" + accepted).then().statusCode(200)
                .body(not(containsString("id=\"accept\"")))
                .body(containsString("<td>ACCEPT</td><td>reviewer</td><td>goods arrived, receipt follows</td>"));
    }
}
