package io.procurewire.invoice.review.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.procurewire.testsupport.browser.HeadlessChromium;
import io.procurewire.testsupport.security.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A reviewer in a real headless Chromium: filters the queue, opens an invoice, sees the breaches highlighted, and
 * accepts it with a reason through the page's form (a real browser form post, same origin).
 */
@QuarkusTest
class ExceptionsPageBrowserTest {

    @TestHTTPResource("/review")
    URL review;

    @Test
    void aReviewerFindsTheInvoiceSeesItsBreachesAndAcceptsItWithAReason() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        assumeTrue(chromium.isPresent(), "Chromium not installed (looked at $PROCUREWIRE_CHROMIUM and /usr/bin/chromium)");
        PageFixtures.purchaseOrderWithReceipts("PO-PG-B1");
        long id = PageFixtures.invoiceWithTwoBreaches("INV-PG-B1", "buyer-browser", "PO-PG-B1");

        try (HeadlessChromium browser = new HeadlessChromium(chromium.get())) {
            ObjectMapper json = new ObjectMapper();
            browser.send("Network.enable", json.createObjectNode());
            ObjectNode headers = json.createObjectNode();
            headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (TestUsers.REVIEWER.user + ":" + TestUsers.REVIEWER.password).getBytes(StandardCharsets.UTF_8)));
            ObjectNode params = json.createObjectNode();
            params.set("headers", headers);
            browser.send("Network.setExtraHTTPHeaders", params);

            browser.navigate(review.toString());
            browser.waitForLocation(url -> url.endsWith("/review"), Duration.ofSeconds(30));
            // filter with the page's own form (GET), then open the invoice by its link
            browser.eval("document.querySelector('#filter select[name=buyer]').value = 'buyer-browser'; true");
            browser.click("#filter button");
            browser.waitForLocation(url -> url.contains("buyer=buyer-browser"), Duration.ofSeconds(30));
            assertEquals(1, browser.eval("document.querySelectorAll('#queue tr[data-invoice-id]').length").asInt());
            browser.click("#queue a");
            browser.waitForLocation(url -> url.endsWith("/review/invoices/" + id), Duration.ofSeconds(30));

            assertEquals("INV-PG-B1", browser.text("h1").replace("Invoice ", ""));
            assertEquals(2, browser.eval("document.querySelectorAll('#comparison tr.breach').length").asInt());
            assertEquals("rgb(255, 221, 221)", browser.eval(
                    "getComputedStyle(document.querySelector('tr[data-line=\"2\"] td[data-cell=price]')).backgroundColor").asText(),
                    "the breaching price is highlighted");
            assertTrue(browser.text("#breaches").contains("PRICE_OVER_TOLERANCE"));
            assertTrue(browser.text("#breaches").contains("60.0000"), "the quantity breach amount is shown");

            browser.eval("document.querySelector('#accept-reason').value = 'price agreed by phone'; true");
            browser.click("#accept button");
            browser.waitForLocation(url -> url.contains("/review?message="), Duration.ofSeconds(30));
            assertEquals("Accepted invoice " + id, browser.text("#message"));
        }
        TestUsers.VIEWER.given().get("/api/invoices/" + id).then().body("status", equalTo("ACCEPTED"));
        TestUsers.VIEWER.given().get("/api/invoices/" + id + "/audit").then()
                .body("reason", hasItem("price agreed by phone")).body("actor", hasItem("reviewer"));
    }
}
