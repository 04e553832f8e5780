package io.procurewire.e2e;

import io.procurewire.testsupport.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Flow 1 in a real headless Chromium against the real services: the requester's pages in the buyer platform
 * (sandbox), the supplier's shop in punchout-service with prices from catalog-service, the auto-submitted cart, the
 * requisition lines, approval and the purchase order. Skipped when Chromium is not installed
 * (scripts/install-browser installs it; CI does).
 */
class PunchoutBrowserScenarioTest {

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void requesterShopsAtTheSupplierAndTheApprovedRequisitionBecomesAPurchaseOrder() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        assumeTrue(chromium.isPresent(), "Chromium not installed (looked at $PROCUREWIRE_CHROMIUM and /usr/bin/chromium): "
                + "run scripts/install-browser to enable the browser end-to-end test");
        PunchoutFixture fixture = PunchoutFixture.create(suite, "browser", "333333333");
        String sandbox = suite.url("sandbox");
        String punchout = suite.url("punchout-service");

        try (HeadlessChromium browser = new HeadlessChromium(chromium.get())) {
            browser.navigate(sandbox + "/requisitions");
            browser.waitForLocation(url -> url.endsWith("/requisitions"), PAGE_TIMEOUT);
            browser.eval("document.querySelector('#title').value = 'Gloves for the lab'; true");
            browser.click("#create");
            String requisitionUrl = browser.waitForLocation(url -> url.matches(".*/requisitions/\\d+$"), PAGE_TIMEOUT);

            // "Shop at ...": a real PunchOutSetupRequest; the browser follows the StartPage into the supplier's shop.
            browser.click("#shop-" + fixture.siteId());
            browser.waitForLocation(url -> url.startsWith(punchout + "/shop/"), PAGE_TIMEOUT);
            assertThat(browser.text("tr.item .price")).contains(PunchoutFixture.CONTRACT_PRICE);
            assertThat(browser.text("tr.item .list-price")).contains(PunchoutFixture.LIST_PRICE);

            browser.eval("document.querySelector('tr.item form input[name=quantity]').value = '4'; true");
            browser.click("tr.item form button");
            browser.waitForLocation(url -> url.endsWith("/cart"), PAGE_TIMEOUT);
            assertThat(browser.text("#total")).contains("70.00");

            // Checkout: the page posts the PunchOutOrderMessage back to the buyer platform by itself.
            browser.click("#checkout");
            browser.waitForLocation(url -> url.startsWith(requisitionUrl) && url.contains("notice=cart-added"), PAGE_TIMEOUT);
            // the requisition line carries the item's description, the Description text (its name is the ShortName)
            assertThat(browser.text("#lines")).contains(fixture.partId(), "Nitrile safety gloves, box of 100",
                    PunchoutFixture.CONTRACT_PRICE + " USD", "70.00", PunchoutFixture.UNSPSC);

            browser.click("#approve");
            browser.waitForLocation(url -> url.contains("notice=approved"), PAGE_TIMEOUT);
            assertThat(browser.text("#status")).isEqualTo("ordered");
            assertThat(browser.text(".po-version")).isEqualTo("1");
            assertThat(browser.text(".po-status")).isEqualTo("issued");
        }

        fixture.assertOnePurchaseOrderAtContractPrice(sandbox, "4");
    }
}
