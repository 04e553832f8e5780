package io.procurewire.sandbox.browser;

import io.procurewire.sandbox.BuyerSetup;
import io.procurewire.sandbox.FakeSupplier;
import io.procurewire.cxml.CartForm;
import io.procurewire.testsupport.browser.HeadlessChromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static io.procurewire.sandbox.SandboxApi.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole buyer flow in a real headless Chromium: requisition, "shop at supplier" (a real PunchOutSetupRequest),
 * the supplier's shop and checkout page (the test-only {@link FakeSupplier}, so the sandbox is tested on its own;
 * e2e-tests' PunchoutBrowserScenarioTest runs the same flow against the real punchout-service),
 * the auto-submitted cart back to BrowserFormPost, requisition lines, approval, PO version 1.
 * Skipped when Chromium is not installed: run scripts/install-browser first.
 */
@QuarkusTest
class RequisitionToPurchaseOrderBrowserTest {

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(20);

    @TestHTTPResource("/")
    URI base;

    @Test
    void requisitionPunchoutCheckoutApproveShowsPurchaseOrderVersionOne() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        assumeTrue(chromium.isPresent(), "Chromium not installed (looked at $PROCUREWIRE_CHROMIUM and /usr/bin/chromium): "
                + "run scripts/install-browser to enable the browser end-to-end test");
        FakeSupplier.reset();
        FakeSupplier.cartEncoding = CartForm.Encoding.BASE64;
        BuyerSetup.Site site = BuyerSetup.punchoutSupplier(base, Map.of());

        try (HeadlessChromium browser = new HeadlessChromium(chromium.get())) {
            browser.navigate(base.resolve("/requisitions").toString());
            browser.waitForLocation(url -> url.endsWith("/requisitions"), PAGE_TIMEOUT);
            browser.eval("document.querySelector('#title').value = 'Printer paper for the office'; true");
            browser.click("#create");
            String requisitionUrl = browser.waitForLocation(url -> url.matches(".*/requisitions/\\d+$"), PAGE_TIMEOUT);
            assertThat(browser.text("#no-lines")).contains("No lines yet");

            browser.click("#shop-" + site.siteId());
            browser.waitForLocation(url -> url.contains("/test-supplier/shop"), PAGE_TIMEOUT);
            assertThat(browser.text("h1")).isEqualTo("Fake supplier shop");

            browser.click("#checkout");
            browser.waitForLocation(url -> url.startsWith(requisitionUrl) && url.contains("notice=cart-added"), PAGE_TIMEOUT);
            assertThat(browser.text("#lines")).contains("PAPER-A4", "Copy paper A4, 500 sheets", "PEN-BLUE");
            assertThat(browser.text("#total")).isEqualTo("101.50");

            browser.click("#approve");
            browser.waitForLocation(url -> url.contains("notice=approved"), PAGE_TIMEOUT);
            assertThat(browser.text("#status")).isEqualTo("ordered");
            assertThat(browser.text(".po-version")).isEqualTo("1");
            assertThat(browser.text(".po-status")).isEqualTo("issued");

            browser.click(".po-link");
            browser.waitForLocation(url -> url.matches(".*/purchase-orders/\\d+$"), PAGE_TIMEOUT);
            assertThat(browser.text("#version")).isEqualTo("1");
            assertThat(browser.text("#lines")).contains("Ballpoint pen, blue");
        }
        // the setup request really went out, and the PO is in the Core API for the services
        assertThat(FakeSupplier.setupRequests).hasSize(1);
        api().queryParam("supplier[number]", site.supplierNumber()).get("/api/purchase_orders")
                .then().statusCode(200).body("[0].version", equalTo(1)).body("[0].total", equalTo("101.50"));
    }
}
