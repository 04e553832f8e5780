package io.procurewire.ordersync.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.procurewire.ordersync.TestIntegrations;
import io.procurewire.ordersync.fake.FakeCoupa;
import io.procurewire.ordersync.fake.FakeErp;
import io.procurewire.testsupport.browser.HeadlessChromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import static io.procurewire.ordersync.TestIntegrations.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The status page in a real headless Chromium, as an operator uses it: runs with their counts, versions per state, a
 * dead letter with its error; "Retry now" and "Re-send this version" clicked in the page (real form POSTs, with the
 * Origin the browser sets, through the same-origin check). Skipped when Chromium is not installed
 * ({@code scripts/install-browser}).
 */
@QuarkusTest
class StatusPageBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FakeCoupa coupa;
    @Inject
    FakeErp erp;
    @TestHTTPResource("/")
    URL base;

    @Test
    void anOperatorSeesRunsStatesAndTheDeadLetterThenRetriesItAndResendsAVersionFromThePage() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        assumeTrue(chromium.isPresent(), "Chromium not installed: scripts/install-browser enables this test");
        coupa.reset();
        erp.reset();
        String code = TestIntegrations.create(1);
        ObjectNode first = coupa.issue(new Object[]{"PAPER-A4", "2", "45.00"});
        ObjectNode second = coupa.issue(new Object[]{"PEN-BLUE", "10", "1.5"});
        erp.failNext(422); // the first ERP write is refused: a dead letter at once (4xx is not retried)
        admin().when().post("/api/integrations/" + code + "/runs").then().statusCode(200);
        String page = base.toString().replaceAll("/$", "") + "/status/" + code;

        try (HeadlessChromium browser = new HeadlessChromium(chromium.get())) {
            // the operator's credentials, as a browser sends them after the Basic login prompt
            ObjectNode headers = JSON.createObjectNode();
            headers.putObject("headers").put("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8)));
            browser.send("Network.enable", JSON.createObjectNode());
            browser.send("Network.setExtraHTTPHeaders", headers);
            browser.navigate(page);
            browser.waitForLocation(url -> url.startsWith(page), Duration.ofSeconds(30));

            assertThat(browser.text("h1")).isEqualTo("Order sync: " + code);
            assertThat(browser.text("#runs")).contains("manual").contains("succeeded");
            assertThat(cell(browser, "#runs tr:nth-child(2) td:nth-child(8)")).isEqualTo("1"); // succeeded
            assertThat(cell(browser, "#runs tr:nth-child(2) td:nth-child(9)")).isEqualTo("1"); // failed
            assertThat(cell(browser, "td[data-state=DEAD_LETTERED]")).isEqualTo("1");
            assertThat(cell(browser, "td[data-state=COMPLETED]")).isEqualTo("1");
            String dead = cell(browser, "#dead-letters tr:nth-child(2) td:nth-child(1)");
            assertThat(dead).isIn(first.get("po-number").asText(), second.get("po-number").asText());
            assertThat(browser.text("#dead-letters .error")).contains("HTTP 422");

            browser.click("#dead-letters form[action$='/retry'] button");
            browser.waitForLocation(url -> url.contains("message="), Duration.ofSeconds(30));

            assertThat(browser.text("#message")).isEqualTo("Retried " + dead);
            assertThat(cell(browser, "td[data-state=DEAD_LETTERED]")).isEqualTo("0");
            assertThat(cell(browser, "td[data-state=COMPLETED]")).isEqualTo("2");
            assertThat(browser.text("#no-dead-letters")).isEqualTo("None.");
            assertThat(erp.documents).hasSize(2);

            int received = erp.received.size();
            browser.click("#orders form[action*='/orders/" + dead + "/versions/1/resend'] button");
            browser.waitForLocation(url -> url.contains("message=Re-sent"), Duration.ofSeconds(30));

            assertThat(browser.text("#message")).isEqualTo("Re-sent " + dead + " revision 1");
            assertThat(erp.received).hasSize(received + 1); // the ERP got the version again
            assertThat(erp.documents).hasSize(2);           // under the same key: no second document
            assertThat(cell(browser, "td[data-state=COMPLETED]")).isEqualTo("2");
        }
    }

    private static String cell(HeadlessChromium browser, String selector) {
        return browser.text(selector).trim();
    }
}
