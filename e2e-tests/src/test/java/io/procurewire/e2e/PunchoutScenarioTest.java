package io.procurewire.e2e;

import io.procurewire.cxml.CartForm;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.ItemIn;
import io.procurewire.cxml.model.PunchOutOrderMessage;
import io.procurewire.testsupport.html.HtmlForm;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flow 1, punchout, across real processes and as the buyer's browser does it: a requester in the sandbox (the buyer
 * platform) shops at the supplier, punchout-service authenticates the setup request and shows the buyer's contract
 * prices from catalog-service, checkout hands the cart back to the requisition, and approval issues the PO at the
 * contract price.
 */
class PunchoutScenarioTest {

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void requisitionIsFilledThroughPunchoutAtContractPricesAndBecomesAPurchaseOrder() {
        String punchout = suite.url("punchout-service");
        String sandbox = suite.url("sandbox");

        PunchoutFixture fixture = PunchoutFixture.create(suite, "http", "111111111");
        long siteId = fixture.siteId();

        // A requester creates a requisition and clicks "shop at supplier".
        long userId = RunningSuite.asAdmin().baseUri(sandbox).get("/admin/users").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        String requisition = given().baseUri(sandbox).redirects().follow(false)
                .formParam("userId", userId).formParam("title", "Gloves for the lab")
                .post("/requisitions").then().statusCode(303).extract().header("Location");
        String startPage = given().baseUri(sandbox).redirects().follow(false).formParam("siteId", siteId)
                .post(path(requisition) + "/punchout").then().statusCode(303).extract().header("Location");
        assertThat(startPage).startsWith(punchout + "/punchout/start/");

        // The browser opens the StartPage (once), lands in the shop, sees the contract price, fills the cart.
        String shop = given().redirects().follow(false).get(startPage).then().statusCode(303).extract().header("Location");
        String shopBase = absolute(punchout, shop).replaceAll("/$", "");
        given().redirects().follow(false).get(startPage).then().statusCode(410);
        String searchPage = given().queryParam("q", "gloves").get(shopBase + "/").then().statusCode(200).extract().asString();
        assertThat(searchPage).contains("Safety gloves, nitrile, size M").contains("17.50");
        given().redirects().follow(false).formParam("partId", fixture.partId()).formParam("aux", fixture.auxiliaryId())
                .formParam("quantity", "3").post(shopBase + "/cart/add").then().statusCode(303);

        // Checkout answers the page that auto-submits the PunchOutOrderMessage to the buyer's BrowserFormPost.
        String checkoutPage = given().redirects().follow(false).post(shopBase + "/checkout")
                .then().statusCode(200).extract().asString();
        HtmlForm form = HtmlForm.first(checkoutPage);
        assertThat(form.action()).startsWith(sandbox + "/punchout/checkout?id=");
        assertThat(form.hiddenFields()).containsOnlyKeys("cXML-urlencoded");

        String cart = CartForm.decode(form.asFormFields()).orElseThrow();
        CxmlDocument document = new CxmlReader().read(cart);
        PunchOutOrderMessage message = document.getMessage().getPunchOutOrderMessage();
        assertThat(message.getHeader().getOperationAllowed()).isEqualTo("edit");
        assertThat(message.getHeader().getTotal().getMoney().getAmount()).isEqualByComparingTo("52.50");
        assertThat(message.getItems()).hasSize(1);
        ItemIn line = message.getItems().get(0);
        assertThat(line.getQuantity()).isEqualByComparingTo("3");
        assertThat(line.getItemId().getSupplierPartId()).isEqualTo(fixture.partId());
        assertThat(line.getItemId().getSupplierPartAuxiliaryId()).isEqualTo(fixture.auxiliaryId());
        assertThat(line.getItemDetail().getUnitPrice().getMoney().getAmount()).isEqualByComparingTo("17.50");
        assertThat(line.getItemDetail().getUnitPrice().getMoney().getCurrency()).isEqualTo("USD");
        assertThat(line.getItemDetail().getUnitOfMeasure()).isEqualTo("BX");
        assertThat(line.getItemDetail().classification("UNSPSC").orElseThrow()).isEqualTo(PunchoutFixture.UNSPSC);
        assertThat(line.getItemDetail().getManufacturerPartId()).isEqualTo("AS-NIT-M");
        assertThat(line.getItemDetail().getManufacturerName()).isEqualTo("Acme Safety");
        assertThat(line.getItemDetail().getDescriptions().get(0).getShortName()).isEqualTo("Safety gloves, nitrile, size M");
        assertThat(line.getItemDetail().getDescriptions().get(0).getText()).isEqualTo("Nitrile safety gloves, box of 100");

        // The browser posts the form; the requisition gets the line; approval issues the PO at the contract price.
        Response handBack = given().redirects().follow(false)
                .formParam("cXML-urlencoded", form.hiddenFields().get("cXML-urlencoded")).post(form.action());
        assertThat(handBack.statusCode()).as(handBack.asString()).isEqualTo(303);
        assertThat(handBack.header("Location")).contains(path(requisition));
        assertThat(given().baseUri(sandbox).get(path(requisition)).then().statusCode(200).extract().asString())
                .contains(fixture.partId()).contains("17.50 USD");
        given().baseUri(sandbox).redirects().follow(false).post(path(requisition) + "/approve").then().statusCode(303);

        fixture.assertOnePurchaseOrderAtContractPrice(sandbox, "3");
    }

    private static String path(String location) {
        return URI.create(location).getPath();
    }

    private static String absolute(String base, String location) {
        return URI.create(base + "/").resolve(location).toString();
    }
}
