package io.procurewire.punchout.shop;

import io.procurewire.punchout.Punchout;
import io.procurewire.punchout.TestConnections;
import io.procurewire.punchout.catalog.CatalogClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.procurewire.punchout.fakecatalog.FakeCatalog;
import io.procurewire.testsupport.html.HtmlForm;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.procurewire.punchout.Punchout.fixture;
import static io.procurewire.punchout.Punchout.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ShopTest {

    @Inject
    EntityManager em;
    @Inject
    CatalogClient catalog;
    @Inject
    CircuitBreakerMaintenance breakers;
    @Inject
    MeterRegistry meters;

    @BeforeEach
    @AfterEach
    void healthyCatalog() {
        FakeCatalog.healthy();
    }

    private String shop(TestConnections.Registered connection, String operation) {
        String fixtureName = operation.equals("create") ? "setup-create-coupa.xml" : "setup-edit-with-items.xml";
        return Punchout.enterShop(Punchout.startPath(post(fixture(fixtureName, connection.fromIdentity(),
                connection.secret(), Map.of("OPERATION", operation)))));
    }

    @Test
    void startPageIsSingleUse() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String start = Punchout.startPath(post(fixture("setup-create-coupa.xml", acme)));
        String shop = Punchout.enterShop(start);
        given().redirects().follow(false).get(start)
                .then().statusCode(410).contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .body(containsString("This punchout link was already used"));
        given().get(shop + "/").then().statusCode(200)
                .header("Referrer-Policy", "no-referrer")
                .body(containsString("Signed in as Jane Requester"));
    }

    @Test
    void expiredAndUnknownStartPagesAnswerFriendlyPages() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String start = Punchout.startPath(post(fixture("setup-create-coupa.xml", acme)));
        execute("update punchout_session set start_token_expires_at = now() - interval '1 second' where connection_id = ?1",
                acme.id());
        given().redirects().follow(false).get(start).then().statusCode(410)
                .body(containsString("This punchout link has expired"));
        given().get("/punchout/start/" + "x".repeat(43)).then().statusCode(404)
                .body(containsString("Unknown punchout link"));
        given().get("/punchout/start/short").then().statusCode(404);
    }

    @Test
    void searchAndProductPagesCountTheCartLinesInTheHeader() {
        String shop = shop(TestConnections.acme(true, null), "create");
        given().get(shop + "/").then().statusCode(200).body(containsString("/cart\">Cart (0)</a>"));
        given().formParam("partId", "P-100").formParam("quantity", "1").post(shop + "/cart/add");
        given().formParam("partId", "P-200").formParam("aux", "BOX-10").formParam("quantity", "3")
                .post(shop + "/cart/add");
        given().formParam("partId", "P-100").formParam("quantity", "2").post(shop + "/cart/add");
        given().get(shop + "/").then().statusCode(200).body(containsString("/cart\">Cart (2)</a>"));
        given().get(shop + "/items/P-300").then().statusCode(200).body(containsString("/cart\">Cart (2)</a>"));
        given().get(shop + "/cart").then().statusCode(200).body(containsString("/cart\">Cart (2)</a>"));
    }

    @Test
    void searchShowsABoundedTotalAsAtLeast() {
        String shop = shop(TestConnections.acme(true, null), "create");
        FakeCatalog.maxMatches = 2;
        given().get(shop + "/").then().statusCode(200)
                .body(allOf(containsString("2+ item(s), page 1 of 1"), not(containsString("3 item(s)"))));
        FakeCatalog.maxMatches = 3;
        given().get(shop + "/").then().statusCode(200)
                .body(allOf(containsString("3 item(s)"), not(containsString("3+ item(s)"))));
    }

    @Test
    void searchShowsTheBuyersContractPricesUnitsAndLeadTimesOnly() {
        String shop = shop(TestConnections.acme(true, null), "create");
        given().get(shop + "/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("Torque wrench 5-50 Nm"), containsString("99.50 USD"),
                        containsString("120.00 USD"), containsString("3 day(s)"), containsString(">EA<"),
                        containsString("Digital caliper 150 mm"), containsString("45.00 USD"),
                        containsString("3 item(s)"), not(containsString("Globex-only")), not(containsString("id=\"stale\""))));
        given().queryParam("q", "gloves").get(shop + "/").then().statusCode(200)
                .body(allOf(containsString("Calibration gloves, box of 10"), containsString("1 item(s)"),
                        not(containsString("Torque wrench"))));
        given().queryParam("manufacturer", "Mitutoyo").get(shop + "/").then().statusCode(200)
                .body(allOf(containsString("Digital caliper"), containsString("1 item(s)")));
    }

    @Test
    void escapesEverythingItEchoes() {
        String shop = shop(TestConnections.acme(true, null), "create");
        given().queryParam("q", "<script>alert(1)</script>").get(shop + "/").then().statusCode(200)
                .body(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert"))));
        // catalog text with quotes and ampersands arrives escaped too
        given().get(shop + "/items/P-100").then().statusCode(200)
                .body(containsString("3/8&quot; drive, calibrated with certificate &amp; traceability"));
    }

    @Test
    void productPageShowsDetailsAndUnknownItemsAreNotFound() {
        String shop = shop(TestConnections.acme(true, null), "create");
        given().queryParam("aux", "BOX-10").get(shop + "/items/P-200").then().statusCode(200)
                .body(allOf(containsString("<h1 id=\"name\">Calibration gloves, box of 10</h1>"),
                        containsString("<td id=\"uom\">BX</td>"), containsString("21.25 USD"),
                        containsString("25.00 USD"), containsString("TN-92-600"), containsString("1 day(s)")));
        given().get(shop + "/items/P-400").then().statusCode(404).body(containsString("Item not found"));
    }

    @Test
    void addsUpdatesAndRemovesCartLinesWithQuantityDependentPrices() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme, "create");
        given().redirects().follow(false).formParam("partId", "P-200").formParam("aux", "BOX-10").formParam("quantity", "2")
                .post(shop + "/cart/add").then().statusCode(303).header("Location", endsWith(shop + "/cart"));
        given().formParam("partId", "P-200").formParam("aux", "BOX-10").formParam("quantity", "1")
                .post(shop + "/cart/add");
        given().get(shop + "/cart").then().statusCode(200)
                .body(allOf(containsString("value=\"3\""), containsString("21.25 USD"), containsString("63.75 USD")));

        long lineId = lineIds(acme.id()).get(0);
        given().formParam("quantity", "12").post(shop + "/cart/lines/" + lineId);
        given().get(shop + "/cart").then().statusCode(200)
                .body(allOf(containsString("19.00 USD"), containsString("<th class=\"num\" id=\"total\">228.00 USD</th>")));
        assertEquals("CONTRACT_TIER", single("select price_source from cart_line where id = ?1", lineId));

        given().redirects().follow(false).formParam("quantity", "abc").post(shop + "/cart/lines/" + lineId)
                .then().statusCode(303).header("Location", endsWith(shop + "/cart?quantityError=NOT_A_NUMBER"));
        given().get(shop + "/cart?quantityError=NOT_A_NUMBER").then().statusCode(200)
                .body(containsString("<p class=\"field-error\" id=\"quantity-error\" role=\"alert\">Enter the quantity "
                        + "as a number, such as 1 or 12.</p>"));
        given().formParam("partId", "P-999").formParam("quantity", "1").post(shop + "/cart/add")
                .then().statusCode(409).body(containsString("Item not available"));

        given().redirects().follow(false).post(shop + "/cart/lines/" + lineId + "/remove").then().statusCode(303);
        given().get(shop + "/cart").then().statusCode(200).body(containsString("Your cart is empty."));
        given().formParam("partId", "P-100").formParam("quantity", "1").post(shop + "/cart/add");
        long another = lineIds(acme.id()).get(0);
        given().formParam("quantity", "0").post(shop + "/cart/lines/" + another);
        assertEquals(List.of(), lineIds(acme.id()), "quantity 0 removes the line");
    }

    @Test
    void sessionsCannotTouchAnotherSessionsCart() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String mine = shop(acme, "create");
        given().formParam("partId", "P-100").formParam("quantity", "1").post(mine + "/cart/add");
        long myLine = lineIds(acme.id()).get(0);
        String theirs = shop(TestConnections.register("globex", null, true, null, "DUNS", "g"), "create");
        given().formParam("quantity", "5").post(theirs + "/cart/lines/" + myLine)
                .then().statusCode(404).body(containsString("This line is not in your cart."));
        given().get(theirs + "/").then().statusCode(200)
                .body(allOf(containsString("Globex-only gauge block set"), not(containsString("Torque wrench"))));
        assertEquals(0, new BigDecimal("1").compareTo(
                (BigDecimal) single("select quantity from cart_line where id = ?1", myLine)));
    }

    @Test
    void sessionsExpireAfterInactivity() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme, "create");
        execute("update punchout_session set last_activity_at = now() - interval '31 minutes' where connection_id = ?1",
                acme.id());
        given().get(shop + "/").then().statusCode(410).body(containsString("Your shopping session has expired"));
        given().get("/shop/" + "y".repeat(43) + "/").then().statusCode(404)
                .body(containsString("Unknown shopping session"));
    }

    @Test
    void inspectSessionsAreReadOnly() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme, "inspect");
        given().get(shop + "/cart").then().statusCode(200)
                .body(allOf(containsString("opened this cart for inspection"), containsString("Torque wrench"),
                        not(containsString("/checkout")), not(containsString("/remove"))));
        given().get(shop + "/").then().statusCode(200).body(not(containsString("/cart/add")));
        given().formParam("partId", "P-100").formParam("quantity", "1").post(shop + "/cart/add")
                .then().statusCode(403).body(containsString("This cart is read-only"));
        given().post(shop + "/checkout").then().statusCode(403);
        assertEquals(2, lineIds(acme.id()).size());
    }

    @Test
    void keepsShoppingFromTheCacheFlaggedStaleWhenTheCatalogIsDown() {
        String shop = shop(TestConnections.acme(true, null), "create");
        given().get(shop + "/").then().statusCode(200).body(not(containsString("id=\"stale\"")));
        FakeCatalog.failWithStatus = 503;
        given().get(shop + "/").then().statusCode(200)
                .body(allOf(containsString("id=\"stale\""), containsString("99.50 USD")));
        given().queryParam("q", "never searched").get(shop + "/").then().statusCode(503)
                .body(containsString("The catalog is temporarily unavailable"));
    }

    @Test
    void aRepeatedCheckoutShowsTheSameCartFormAndHandsBackOnce() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme, "create");
        given().formParam("partId", "P-100").formParam("quantity", "1").post(shop + "/cart/add");
        given().get(shop + "/cart").then().statusCode(200)
                .body(containsString("onsubmit=\"document.getElementById('checkout').disabled = true;\""));
        String first = given().post(shop + "/checkout").then().statusCode(200).extract().asString();
        // a double click: the browser shows the second answer, which must carry the same cart
        String second = given().post(shop + "/checkout").then().statusCode(200).extract().asString();
        HtmlForm firstForm = HtmlForm.withId(first, "cart-return");
        assertEquals(firstForm, HtmlForm.withId(second, "cart-return"));
        assertTrue(firstForm.hiddenFields().get("cXML-urlencoded").contains("<SupplierPartID>P-100</SupplierPartID>"));
        assertTrue(second.contains("onsubmit=\"this.querySelector('button').disabled = true;\""));
        given().get(shop + "/cart").then().statusCode(410).body(containsString("has ended"));
        given().formParam("partId", "P-100").formParam("quantity", "1").post(shop + "/cart/add").then().statusCode(410);
        assertEquals(1L, ((Number) single("select count(*) from exchange where connection_id = ?1 "
                + "and document_type = 'PunchOutOrderMessage'", acme.id())).longValue());
    }

    @Test
    void theCartPageShowsCurrentPricesAndSaysWhichChanged() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme, "create");
        given().formParam("partId", "P-300").formParam("quantity", "2").post(shop + "/cart/add");
        given().get(shop + "/cart").then().statusCode(200)
                .body(allOf(containsString("90.00 USD"), not(containsString("id=\"price-changes\""))));
        FakeCatalog.Part before = FakeCatalog.changeListPrice("acme", "P-300", new BigDecimal("47.50"));
        try {
            given().get(shop + "/cart").then().statusCode(200)
                    .body(allOf(containsString("id=\"price-changes\""),
                            containsString("<li>Digital caliper 150 mm (P-300): 45.00 USD → 47.50 USD</li>"),
                            containsString("<th class=\"num\" id=\"total\">95.00 USD</th>")));
            given().get(shop + "/cart").then().statusCode(200).body(not(containsString("id=\"price-changes\"")));
            // the buyer saw 47.50: that is what checkout hands back
            String page = given().post(shop + "/checkout").then().statusCode(200).extract().asString();
            assertTrue(HtmlForm.withId(page, "cart-return").hiddenFields().get("cXML-urlencoded")
                    .contains("<Money currency=\"USD\">95.00</Money>"), page);
        } finally {
            FakeCatalog.restore(before);
        }
    }

    @Test
    void checkoutShowsChangedPricesInsteadOfHandingThemBackUnseen() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme, "create");
        given().formParam("partId", "P-300").formParam("quantity", "1").post(shop + "/cart/add");
        FakeCatalog.Part before = FakeCatalog.changeListPrice("acme", "P-300", new BigDecimal("39.99"));
        try {
            given().post(shop + "/checkout").then().statusCode(409)
                    .body(allOf(containsString("<li>Digital caliper 150 mm (P-300): 45.00 USD → 39.99 USD</li>"),
                            containsString("id=\"checkout\""), not(containsString("cart-return"))));
            assertEquals(0L, ((Number) single("select count(*) from exchange where connection_id = ?1 "
                    + "and document_type = 'PunchOutOrderMessage'", acme.id())).longValue());
            // seen: the next checkout hands the new price back
            String page = given().post(shop + "/checkout").then().statusCode(200).extract().asString();
            assertTrue(HtmlForm.withId(page, "cart-return").hiddenFields().get("cXML-urlencoded")
                    .contains("<Money currency=\"USD\">39.99</Money>"), page);
        } finally {
            FakeCatalog.restore(before);
        }
    }

    @Test
    void aCatalogThatRefusesTheBuyersContractGetsAReadablePageAndAnAlert() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme, "create");
        double before = meters.counter("procurewire_punchout_catalog_rejected_total", "status", "422").count();
        FakeCatalog.failWithStatus = 422; // the contract reached its end date
        for (String page : List.of("/", "/items/P-100")) {
            given().get(shop + page).then().statusCode(503).contentType(containsString("text/html"))
                    .body(allOf(containsString("This catalog is not available"),
                            containsString("Please contact the supplier")));
        }
        given().formParam("partId", "P-100").formParam("quantity", "1").post(shop + "/cart/add")
                .then().statusCode(503).contentType(containsString("text/html"))
                .body(containsString("This catalog is not available"));
        assertEquals(before + 3, meters.counter("procurewire_punchout_catalog_rejected_total", "status", "422").count());
        FakeCatalog.failWithStatus = 404; // unknown contract
        given().get(shop + "/").then().statusCode(503).body(containsString("This catalog is not available"));
    }

    @Test
    void checkoutRefusesWhenCurrentPricesCannotBeConfirmed() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme, "create");
        given().formParam("partId", "P-100").formParam("quantity", "1").post(shop + "/cart/add");
        FakeCatalog.failWithStatus = 503;
        catalog.forgetRecentAnswers();
        given().post(shop + "/checkout").then().statusCode(503)
                .body(containsString("temporarily unavailable"));
        FakeCatalog.heal();
        breakers.resetAll();
        given().post(shop + "/checkout").then().statusCode(200);
    }

    @Test
    void countedUnitsTakeWholeQuantitiesAndABadQuantityIsShownNextToTheField() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme, "create");
        // P-200 is sold in boxes (BX): the field steps by 1 and 2.5 boxes is refused on the item page itself
        given().get(shop + "/items/P-200?aux=BOX-10").then().statusCode(200)
                .body(containsString("min=\"1\" step=\"1\""));
        String location = given().redirects().follow(false).formParam("partId", "P-200").formParam("aux", "BOX-10")
                .formParam("quantity", "2.5").post(shop + "/cart/add").then().statusCode(303)
                .extract().header("Location");
        assertTrue(location.endsWith(shop + "/items/P-200?aux=BOX-10&quantityError=NOT_WHOLE&unit=BX"), location);
        given().get(location).then().statusCode(200)
                .body(allOf(containsString("id=\"quantity-error\">This item is sold in whole units (BX): enter a whole "
                        + "number.</p>"), containsString("aria-invalid=\"true\"")));
        assertEquals(List.of(), lineIds(acme.id()), "nothing added");
        given().redirects().follow(false).formParam("partId", "P-200").formParam("aux", "BOX-10")
                .formParam("quantity", "3").post(shop + "/cart/add").then().statusCode(303);
        long line = lineIds(acme.id()).get(0);
        given().redirects().follow(false).formParam("quantity", "1.5").post(shop + "/cart/lines/" + line).then()
                .statusCode(303).header("Location", endsWith("/cart?quantityError=NOT_WHOLE&unit=BX"));
        assertEquals(0, new BigDecimal("3").compareTo((BigDecimal) single("select quantity from cart_line where id = ?1", line)));
        // a made-up code or unit in the address shows nothing rather than words of the link's author
        given().get(shop + "/cart?quantityError=HELLO&unit=%3Cb%3E").then().statusCode(200)
                .body(not(containsString("quantity-error")));
        given().get(shop + "/cart?quantityError=NOT_WHOLE&unit=%3Cb%3Ex").then().statusCode(200)
                .body(containsString("sold in whole units: enter"));
    }

    @Test
    void quantityTiersAreShownBeforeAQuantityIsChosenAndATierPriceIsNamedInTheCart() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme, "create");
        given().get(shop + "/items/P-200?aux=BOX-10").then().statusCode(200)
                .body(containsString("<td id=\"tiers\">21.25 USD; from 10: 19.00 USD</td>"));
        given().get(shop + "/?q=gloves").then().statusCode(200)
                .body(containsString("<small class=\"tiers\">21.25 USD; from 10: 19.00 USD</small>"));
        given().get(shop + "/items/P-300").then().statusCode(200).body(not(containsString("id=\"tiers\"")));
        given().formParam("partId", "P-200").formParam("aux", "BOX-10").formParam("quantity", "12").post(shop + "/cart/add");
        given().get(shop + "/cart").then().statusCode(200)
                .body(containsString("19.00 USD<br><small class=\"tier-note\">quantity tier price</small>"));
    }

    @Test
    void cancelAndReturnHandsBackAnEmptyCartAndEndsTheSession() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme, "create");
        given().formParam("partId", "P-100").formParam("quantity", "1").post(shop + "/cart/add");
        given().get(shop + "/cart").then().statusCode(200)
                .body(containsString("action=\"" + shop + "/cancel\""));
        String page = given().post(shop + "/cancel").then().statusCode(200).extract().asString();
        String cart = HtmlForm.withId(page, "cart-return").hiddenFields().get("cXML-urlencoded");
        assertTrue(cart.contains("<PunchOutOrderMessage>") && !cart.contains("<ItemIn"), cart);
        assertTrue(cart.contains("<Money currency=\"USD\">0.00</Money>"), cart);
        given().get(shop + "/cart").then().statusCode(410);
        // a second click answers the same empty cart, not an error
        String again = given().post(shop + "/cancel").then().statusCode(200).extract().asString();
        assertEquals(HtmlForm.withId(page, "cart-return"), HtmlForm.withId(again, "cart-return"));
    }

    @Test
    void emptySearchesSayWhatFoundNothingAndContractCodesStayInternal() {
        String shop = shop(TestConnections.acme(true, null), "create");
        given().get(shop + "/?q=toner").then().statusCode(200)
                .body(allOf(containsString("id=\"no-results\">No products match “toner”"), not(containsString("<table>"))));
        given().get(shop + "/").then().statusCode(200).body(not(containsString("contract:")));
    }

    @Test
    void testSessionsShowATestBannerAndProductionSessionsDoNot() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String production = shop(acme, "create");
        given().get(production + "/").then().statusCode(200).body(allOf(not(containsString("id=\"test-banner\"")),
                containsString("<strong id=\"supplier-name\">Procurewire Test Supplies</strong>"),
                containsString("style=\"background:#1d3557;color:#ffffff\"")));
        String test = Punchout.enterShop(Punchout.startPath(post("/cxml/punchout/test",
                fixture("setup-create-coupa.xml", acme.testFromIdentity(), acme.testSecret(), Map.of()))));
        given().get(test + "/").then().statusCode(200).body(containsString("id=\"test-banner\""));
    }

    private List<Long> lineIds(long connectionId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<?>) em.createNativeQuery(
                        "select l.id from cart_line l join cart c on c.id = l.cart_id join punchout_session s "
                                + "on s.id = c.session_id where s.connection_id = ?1 order by l.position")
                .setParameter(1, connectionId).getResultList()).stream().map(n -> ((Number) n).longValue()).toList());
    }

    private Object single(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult());
    }

    private void execute(String sql, Object parameter) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).setParameter(1, parameter).executeUpdate());
    }
}
