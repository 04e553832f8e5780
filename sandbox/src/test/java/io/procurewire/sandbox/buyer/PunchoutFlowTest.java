package io.procurewire.sandbox.buyer;

import io.procurewire.cxml.CartForm;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Extrinsic;
import io.procurewire.cxml.model.PunchOutSetupRequest;
import io.procurewire.sandbox.BuyerSetup;
import io.procurewire.sandbox.FakeSupplier;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static io.procurewire.sandbox.SandboxApi.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static io.procurewire.testsupport.security.TestUsers.asAdmin;

@QuarkusTest
class PunchoutFlowTest {

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void resetSupplier() {
        FakeSupplier.reset();
    }

    private String shop(long requisition, int siteId, int expectedStatus) {
        Response response = given().redirects().follow(false).formParam("siteId", siteId)
                .post("/requisitions/" + requisition + "/punchout");
        assertThat(response.statusCode()).isEqualTo(expectedStatus);
        return expectedStatus == 303 ? response.header("Location") : response.asString();
    }

    /** What the supplier's checkout page makes the browser do: post the cart form to BrowserFormPost. */
    private Response returnCart(CartForm.Encoding encoding, String fieldNameCase) {
        CxmlDocument posr = FakeSupplier.setupRequests.getLast();
        PunchOutSetupRequest setup = posr.getRequest().getPunchOutSetupRequest();
        CartForm.FormField field = CartForm.encode(FakeSupplier.cartXml(setup.getBuyerCookie()), encoding);
        String url = setup.browserFormPostUrl().orElseThrow();
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(fieldNameCase == null ? field.name() : fieldNameCase, field.value())
                .post(URI.create(url).getPath() + "?" + URI.create(url).getQuery());
    }

    @Test
    void shopAtSupplierSendsCoupaShapedSetupRequestAndFollowsTheStartPage() {
        BuyerSetup.Site site = BuyerSetup.punchoutSupplier(base, Map.of());
        long requisition = BuyerSetup.requisition();
        String startPage = shop(requisition, site.siteId(), 303);
        assertThat(startPage).startsWith(base.resolve("/test-supplier/shop?s=").toString());

        CxmlDocument posr = FakeSupplier.setupRequests.getLast();
        assertThat(posr.getHeader().getFrom().getCredentials().getFirst().getDomain()).isEqualTo("DUNS");
        assertThat(posr.getHeader().getFrom().getCredentials().getFirst().getIdentity()).isEqualTo("123456789");
        assertThat(posr.getHeader().getTo().getCredentials().getFirst().getIdentity()).isEqualTo("987654321");
        assertThat(posr.getHeader().getSender().getUserAgent()).isEqualTo("Coupa Procurement 1.0");
        assertThat(posr.getHeader().getSender().getCredentials().getFirst().getSharedSecret()).isEqualTo("s3cr3t");
        assertThat(posr.getRequest().getDeploymentMode()).isEqualTo("test");
        PunchOutSetupRequest setup = posr.getRequest().getPunchOutSetupRequest();
        assertThat(setup.getOperation()).isEqualTo("create");
        assertThat(setup.getBuyerCookie()).hasSize(32);
        assertThat(setup.getExtrinsics()).extracting(Extrinsic::getName)
                .containsExactly("FirstName", "LastName", "UniqueName", "UserEmail", "User", "BusinessUnit");
        assertThat(setup.extrinsic("UserEmail")).contains("pat.buyer@sandbox-buyer.example");
        assertThat(setup.browserFormPostUrl().orElseThrow()).matches(base.resolve("/punchout/checkout").toString() + "\\?id=\\d+");
        assertThat(setup.contact("endUser")).isPresent();
        assertThat(setup.getSupplierSetup().getUrl()).isEqualTo(base.resolve("/test-supplier/punchout").toString());
        assertThat(setup.getShipTo().getAddress().getPostalAddress().getCity()).isEqualTo("Chicago");
        // strict DTD order on the wire: BuyerCookie, Extrinsic*, BrowserFormPost, Contact, SupplierSetup, ShipTo
        String raw = FakeSupplier.rawSetupRequests.getLast();
        assertThat(raw.indexOf("<BuyerCookie")).isLessThan(raw.indexOf("<Extrinsic"));
        assertThat(raw.indexOf("<BrowserFormPost")).isLessThan(raw.indexOf("<Contact"));
        assertThat(raw.indexOf("<SupplierSetup")).isLessThan(raw.indexOf("<ShipTo"));
    }

    @Test
    void cartPostedAsUrlencodedBecomesRequisitionLinesAndApprovalIssuesPoVersionOne() {
        BuyerSetup.Site site = BuyerSetup.punchoutSupplier(base, Map.of());
        long requisition = BuyerSetup.requisition();
        shop(requisition, site.siteId(), 303);
        Response back = returnCart(CartForm.Encoding.URLENCODED, null);
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.header("Location")).endsWith("/requisitions/" + requisition + "?notice=cart-added");
        given().get("/requisitions/" + requisition).then().statusCode(200)
                .body(containsString("Copy paper A4, 500 sheets"))
                .body(containsString("PEN-BLUE"))
                .body(containsString("<span id=\"total\">101.50</span> <span id=\"total-currency\">USD</span>"));

        given().redirects().follow(false).post("/requisitions/" + requisition + "/approve").then().statusCode(303);
        api().queryParam("supplier[number]", site.supplierNumber()).get("/api/purchase_orders").then().statusCode(200)
                .body("[0].version", equalTo(1)).body("[0].status", equalTo("issued"))
                .body("[0].requisition-header.id", equalTo((int) requisition))
                .body("[0].order-lines.source-part-num", contains("PAPER-A4", "PEN-BLUE"))
                .body("[0].order-lines.commodity.name", contains("14111507", "44121704"))
                .body("[0].total", equalTo("101.50"));
        given().get("/requisitions/" + requisition).then().body(containsString("<span id=\"status\">ordered</span>"));
        String poNumber = api().queryParam("supplier[number]", site.supplierNumber()).get("/api/purchase_orders")
                .then().extract().path("[0].po-number");
        given().get("/purchase-orders").then().statusCode(200)
                .body(containsString(">" + poNumber + "</a>"), containsString("101.50 USD"),
                        containsString("href=\"/purchase-orders\" id=\"nav-purchase-orders\""));
    }

    @Test
    void cartPostedAsBase64WithLowerCaseFieldNameIsAccepted() {
        BuyerSetup.Site site = BuyerSetup.punchoutSupplier(base, Map.of());
        long requisition = BuyerSetup.requisition();
        shop(requisition, site.siteId(), 303);
        assertThat(returnCart(CartForm.Encoding.BASE64, "cxml-base64").statusCode()).isEqualTo(303);
        given().get("/requisitions/" + requisition).then().body(containsString("Ballpoint pen, blue"));
    }

    @Test
    void aCartCanOnlyBeReturnedOncePerSession() {
        BuyerSetup.Site site = BuyerSetup.punchoutSupplier(base, Map.of());
        long requisition = BuyerSetup.requisition();
        shop(requisition, site.siteId(), 303);
        assertThat(returnCart(CartForm.Encoding.URLENCODED, null).statusCode()).isEqualTo(303);
        Response again = returnCart(CartForm.Encoding.URLENCODED, null);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.asString()).contains("This punchout session is already returned");
    }

    @Test
    void statusErrorIsShownToTheRequester() {
        BuyerSetup.Site site = BuyerSetup.punchoutSupplier(base, Map.of());
        long requisition = BuyerSetup.requisition();
        FakeSupplier.setupMode = FakeSupplier.SetupMode.STATUS_ERROR;
        assertThat(shop(requisition, site.siteId(), 502))
                .contains("Punchout setup failed with status 401 Unauthorized: Login name is not available");
    }

    @Test
    void nonCxmlAnswerIsNoStatusElementInSetupResponse() {
        BuyerSetup.Site site = BuyerSetup.punchoutSupplier(base, Map.of());
        long requisition = BuyerSetup.requisition();
        FakeSupplier.setupMode = FakeSupplier.SetupMode.HTML;
        assertThat(shop(requisition, site.siteId(), 502)).contains("No status element in setup response");
    }

    @Test
    void missingStartPageIsExplained() {
        BuyerSetup.Site site = BuyerSetup.punchoutSupplier(base, Map.of());
        long requisition = BuyerSetup.requisition();
        FakeSupplier.setupMode = FakeSupplier.SetupMode.NO_START_PAGE;
        assertThat(shop(requisition, site.siteId(), 502)).contains("The supplier&#39;s setup response has no StartPage URL");
    }

    @Test
    void unreachableSupplierIsExplained() {
        String number = "SUP-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        io.procurewire.sandbox.SandboxApi.createSupplier(number, Map.of());
        int siteId = asAdmin().contentType("application/json").body(Map.ofEntries(Map.entry("name", "Down " + number),
                        Map.entry("supplierNumber", number), Map.entry("punchoutUrl", "http://127.0.0.1:9/punchout"),
                        Map.entry("fromDomain", "DUNS"), Map.entry("fromIdentity", "1"), Map.entry("toDomain", "DUNS"),
                        Map.entry("toIdentity", "2"), Map.entry("senderDomain", "DUNS"), Map.entry("senderIdentity", "1")))
                .post("/admin/punchout-sites").then().statusCode(201).extract().path("id");
        assertThat(shop(BuyerSetup.requisition(), siteId, 502)).contains("Could not reach the supplier&#39;s punchout site: "
                + "connection refused: nothing accepts connections at 127.0.0.1:9").doesNotContain("null");
    }

    @Test
    void formWithoutCartIsPunchoutFailedToReturnACart() {
        BuyerSetup.Site site = BuyerSetup.punchoutSupplier(base, Map.of());
        long requisition = BuyerSetup.requisition();
        shop(requisition, site.siteId(), 303);
        String url = FakeSupplier.setupRequests.getLast().getRequest().getPunchOutSetupRequest().browserFormPostUrl().orElseThrow();
        given().formParam("something", "else").post(URI.create(url).getPath() + "?" + URI.create(url).getQuery())
                .then().statusCode(400).body(containsString("Punchout failed to return a cart"));
    }

    @Test
    void cartWithAnotherSessionsCookieIsRefused() {
        BuyerSetup.Site site = BuyerSetup.punchoutSupplier(base, Map.of());
        long requisition = BuyerSetup.requisition();
        shop(requisition, site.siteId(), 303);
        String url = FakeSupplier.setupRequests.getLast().getRequest().getPunchOutSetupRequest().browserFormPostUrl().orElseThrow();
        CartForm.FormField field = CartForm.encode(FakeSupplier.cartXml("not-the-cookie"), CartForm.Encoding.BASE64);
        given().formParam(field.name(), field.value()).post(URI.create(url).getPath() + "?" + URI.create(url).getQuery())
                .then().statusCode(400).body(containsString("the BuyerCookie does not belong to this punchout session"));
        given().get("/requisitions/" + requisition).then().body(containsString("No lines yet"));
    }
}
