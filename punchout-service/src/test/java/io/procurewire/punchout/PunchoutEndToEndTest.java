package io.procurewire.punchout;

import io.procurewire.cxml.CartForm;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.ItemDetail;
import io.procurewire.cxml.model.ItemIn;
import io.procurewire.cxml.model.PunchOutOrderMessage;
import io.procurewire.punchout.fakecatalog.FakeCatalog;
import io.procurewire.testsupport.html.HtmlForm;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plays the buyer end to end: setup request → StartPage → shop → checkout, then does what the buyer's browser and
 * procurement system do with the checkout page: take the hidden field, decode it, read the PunchOutOrderMessage.
 */
@QuarkusTest
class PunchoutEndToEndTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void healthyCatalog() {
        FakeCatalog.healthy();
    }

    @Test
    void buyerShopsAndGetsTheCartBackWithContractPricesBase64() {
        handsBackTheCartWithContractPrices("BASE64", "cXML-base64");
    }

    @Test
    void buyerShopsAndGetsTheCartBackWithContractPricesUrlencoded() {
        handsBackTheCartWithContractPrices("URLENCODED", "cXML-urlencoded");
    }

    private void handsBackTheCartWithContractPrices(String encoding, String expectedField) {
        TestConnections.Registered acme = TestConnections.acme(true, encoding);
        String setupXml = Punchout.fixture("setup-create-coupa.xml", acme);
        CxmlDocument setupAnswer = Punchout.post(setupXml);
        String shop = Punchout.enterShop(Punchout.startPath(setupAnswer));

        add(shop, "P-100", "", "2");
        add(shop, "P-200", "BOX-10", "12");
        add(shop, "P-300", "", "1");
        String page = given().post(shop + "/checkout").then().statusCode(200).extract().asString();

        HtmlForm form = form(page);
        assertEquals("https://acme.coupahost.com/punchout/checkout?id=42", form.action());
        assertEquals(expectedField, form.hiddenFields().keySet().iterator().next());
        assertTrue(page.contains("document.getElementById('cart-return').submit()"), "auto-submits");
        assertTrue(page.contains("<noscript>"), "works without JavaScript");

        String xml = CartForm.decode(form.asFormFields()).orElseThrow();
        assertTrue(xml.contains("<!DOCTYPE cXML SYSTEM \"http://xml.cxml.org/schemas/cXML/"), "strict output with DOCTYPE");
        assertFalse(xml.contains("SharedSecret"), "no secret travels through the browser");
        CxmlDocument document = new CxmlReader().read(xml);

        assertEquals("987654321", document.getHeader().getFrom().getCredentials().get(0).getIdentity());
        assertEquals(acme.fromIdentity(), document.getHeader().getTo().getCredentials().get(0).getIdentity());
        assertEquals("DUNS", document.getHeader().getTo().getCredentials().get(0).getDomain());
        PunchOutOrderMessage message = document.getMessage().getPunchOutOrderMessage();
        String requestCookie = setupXml.substring(setupXml.indexOf("<BuyerCookie>") + 13, setupXml.indexOf("</BuyerCookie>"));
        assertEquals(requestCookie, message.getBuyerCookie(), "BuyerCookie echoed unchanged");
        assertEquals("edit", message.getHeader().getOperationAllowed());
        // 2 x 99.50 (contract fixed) + 12 x 19.00 (contract tier) + 1 x 45.00 (list, no contract line)
        assertEquals(0, new BigDecimal("472.00").compareTo(message.getHeader().getTotal().getMoney().getAmount()));
        assertEquals("USD", message.getHeader().getTotal().getMoney().getCurrency());
        assertEquals(3, message.getItems().size());

        ItemIn wrench = message.getItems().get(0);
        assertEquals(0, new BigDecimal("2").compareTo(wrench.getQuantity()));
        assertEquals(1, wrench.getLineNumber());
        assertEquals("P-100", wrench.getItemId().getSupplierPartId());
        assertNull(wrench.getItemId().getSupplierPartAuxiliaryId());
        ItemDetail detail = wrench.getItemDetail();
        assertEquals(0, new BigDecimal("99.50").compareTo(detail.getUnitPrice().getMoney().getAmount()));
        assertEquals("USD", detail.getUnitPrice().getMoney().getCurrency());
        assertEquals("Torque wrench 5-50 Nm", detail.getDescriptions().get(0).getShortName());
        assertTrue(detail.getDescriptions().get(0).getText().contains("calibrated with certificate & traceability"));
        assertEquals("EA", detail.getUnitOfMeasure());
        assertEquals("UNSPSC", detail.getClassifications().get(0).getDomain());
        assertEquals("27111700", detail.getClassifications().get(0).getValue());
        assertEquals("QL50N", detail.getManufacturerPartId());
        assertEquals("Tohnichi", detail.getManufacturerName());
        assertEquals(3, detail.getLeadTime());

        ItemIn gloves = message.getItems().get(1);
        assertEquals(0, new BigDecimal("12").compareTo(gloves.getQuantity()));
        assertEquals("P-200", gloves.getItemId().getSupplierPartId());
        assertEquals("BOX-10", gloves.getItemId().getSupplierPartAuxiliaryId(), "finds the contract line again");
        assertEquals(0, new BigDecimal("19.00").compareTo(gloves.getItemDetail().getUnitPrice().getMoney().getAmount()));
        assertEquals("BX", gloves.getItemDetail().getUnitOfMeasure());
        assertEquals("46181504", gloves.getItemDetail().getClassifications().get(0).getValue());
        assertEquals(1, gloves.getItemDetail().getLeadTime());

        ItemIn caliper = message.getItems().get(2);
        assertEquals(0, new BigDecimal("45.00").compareTo(caliper.getItemDetail().getUnitPrice().getMoney().getAmount()));
        assertEquals("Mitutoyo", caliper.getItemDetail().getManufacturerName());
        assertEquals(5, caliper.getItemDetail().getLeadTime());

        // the audit log holds exactly what was sent, under its payloadID; the session is over
        Object[] audit = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select direction, document, in_reply_to from exchange where connection_id = ?1 "
                                + "and document_type = 'PunchOutOrderMessage'")
                .setParameter(1, acme.id()).getSingleResult());
        assertEquals("OUTBOUND", audit[0]);
        assertEquals(xml, audit[1]);
        assertTrue(setupXml.contains(audit[2].toString()), "linked to the setup request");
        assertTrue(xml.contains(document.getPayloadId()));
        given().get(shop + "/").then().statusCode(410);
    }

    @Test
    void anEmptyCartHandsBackAValidMessage() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = Punchout.enterShop(Punchout.startPath(Punchout.post(Punchout.fixture("setup-create-coupa.xml", acme))));
        HtmlForm form = form(given().post(shop + "/checkout").then().statusCode(200).extract().asString());
        CxmlDocument document = new CxmlReader().read(
                CartForm.decode(form.asFormFields()).orElseThrow());
        PunchOutOrderMessage message = document.getMessage().getPunchOutOrderMessage();
        assertTrue(message.getItems().isEmpty());
        assertEquals(0, BigDecimal.ZERO.compareTo(message.getHeader().getTotal().getMoney().getAmount()));
        assertEquals("USD", message.getHeader().getTotal().getMoney().getCurrency());
    }

    @Test
    void editReopensTheReturnedCartAndHandsItBackAgain() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = Punchout.enterShop(Punchout.startPath(Punchout.post(
                Punchout.fixture("setup-edit-with-items.xml", acme))));
        given().get(shop + "/cart").then().statusCode(200);
        add(shop, "P-300", "", "1");
        HtmlForm form = form(given().post(shop + "/checkout").then().statusCode(200).extract().asString());
        PunchOutOrderMessage message = new CxmlReader().read(CartForm.decode(form.asFormFields()).orElseThrow()).getMessage().getPunchOutOrderMessage();
        assertEquals(List.of("P-100", "P-200", "P-300"),
                message.getItems().stream().map(i -> i.getItemId().getSupplierPartId()).toList());
        assertEquals("https://acme.coupahost.com/punchout/checkout?id=43", form.action());
    }

    private static void add(String shop, String part, String aux, String quantity) {
        given().redirects().follow(false).formParam("partId", part).formParam("aux", aux).formParam("quantity", quantity)
                .post(shop + "/cart/add").then().statusCode(303);
    }

    /** The checkout page's cart-return form, which must carry exactly one hidden field: the cart. */
    static HtmlForm form(String html) {
        HtmlForm form = HtmlForm.withId(html, "cart-return");
        assertEquals(1, form.hiddenFields().size(), () -> "one hidden field in " + html);
        return form;
    }
}
