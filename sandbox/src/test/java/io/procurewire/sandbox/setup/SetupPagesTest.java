package io.procurewire.sandbox.setup;

import io.procurewire.testsupport.browser.HeadlessChromium;
import io.procurewire.testsupport.security.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import static io.procurewire.testsupport.security.TestUsers.anonymous;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@QuarkusTest
class SetupPagesTest {

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(20);

    @TestHTTPResource("/")
    URI base;

    @Test
    void onlyAnAdministratorSeesOrChangesTheSetUp() {
        anonymous().get("/setup").then().statusCode(401);
        TestUsers.VIEWER.given().get("/setup").then().statusCode(403);
        asAdmin().get("/setup").then().statusCode(200).body(containsString("Sandbox Buyer Inc."));
    }

    @Test
    void crossSiteAndHeaderlessFormPostsAreRefused() {
        String number = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().header("Origin", "https://evil.example").formParam("number", number).formParam("name", "Evil")
                .post("/setup/suppliers").then().statusCode(403);
        asAdmin().formParam("number", number).formParam("name", "No headers").post("/setup/suppliers")
                .then().statusCode(403);
        asAdmin().get("/admin/suppliers/" + number).then().statusCode(404);
    }

    @Test
    void aRefusedFormComesBackWithTheReasonOnThePage() {
        String location = asAdmin().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .formParam("number", "SUP-X").formParam("name", "No URL").formParam("poMethod", "cxml")
                .post("/setup/suppliers").then().statusCode(303).header("Location", containsString("/setup?error="))
                .extract().header("Location");
        asAdmin().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("<p class=\"error\" id=\"error\" role=\"alert\">poMethod cxml needs cxmlUrl"));
    }

    @Test
    void anIntegratorSetsUpASupplierAndItsPunchoutSiteInTheBrowser() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        assumeTrue(chromium.isPresent(), "Chromium not installed: run scripts/install-browser");
        String number = "SUP-" + UUID.randomUUID().toString().substring(0, 8);
        String basic = "Basic " + Base64.getEncoder().encodeToString((TestUsers.ADMIN.user + ":"
                + TestUsers.ADMIN.password).getBytes(StandardCharsets.UTF_8));
        try (HeadlessChromium browser = new HeadlessChromium(chromium.get())) {
            browser.send("Network.enable", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode());
            var headers = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
            headers.putObject("headers").put("Authorization", basic);
            browser.send("Network.setExtraHTTPHeaders", headers);

            browser.navigate(base.resolve("/setup").toString());
            browser.waitForLocation(url -> url.endsWith("/setup"), PAGE_TIMEOUT);
            browser.eval("document.querySelector('#supplier-number').value = '" + number + "';"
                    + "document.querySelector('#supplier-name').value = 'Browser Supplies'; true");
            browser.click("#save-supplier");
            browser.waitForLocation(url -> url.contains("notice="), PAGE_TIMEOUT);
            assertThat(browser.text("#suppliers")).contains(number, "Browser Supplies", "prompt");

            browser.eval("document.querySelector('#site-name').value = 'Browser site " + number + "';"
                    + "document.querySelector('#site-supplier').value = '" + number + "';"
                    + "document.querySelector('#site-url').value = 'https://supplier.example/cxml/punchout';"
                    + "document.querySelector('#site-buyer-identity').value = 'AN-BUYER';"
                    + "document.querySelector('#site-supplier-identity').value = 'AN-SUPPLIER'; true");
            browser.click("#add-site");
            browser.waitForLocation(url -> url.contains("notice=punchout"), PAGE_TIMEOUT);
            assertThat(browser.text("#sites")).contains("Browser site " + number, "https://supplier.example/cxml/punchout");

            // the supplier now has a site: deleting it is refused, with the reason on the page
            browser.eval("[...document.querySelectorAll('#suppliers tr.supplier')].find(r => r.textContent.includes('"
                    + number + "')).querySelector('button').click(); true");
            browser.waitForLocation(url -> url.contains("error="), PAGE_TIMEOUT);
            assertThat(browser.text("#error")).contains("still used");
        }
        asAdmin().get("/admin/suppliers/" + number).then().statusCode(200);
    }
}
