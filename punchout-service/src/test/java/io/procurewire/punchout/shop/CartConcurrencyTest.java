package io.procurewire.punchout.shop;

import io.procurewire.punchout.Concurrently;
import io.procurewire.punchout.Punchout;
import io.procurewire.punchout.TestConnections;
import io.procurewire.punchout.fakecatalog.FakeCatalog;
import io.procurewire.testsupport.html.HtmlForm;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.procurewire.punchout.Punchout.fixture;
import static io.procurewire.punchout.Punchout.post;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Double clicks and parallel tabs: every request here is sent by several threads released by one barrier. */
@QuarkusTest
class CartConcurrencyTest {

    @Inject
    EntityManager em;

    @BeforeEach
    @AfterEach
    void healthyCatalog() {
        FakeCatalog.healthy();
    }

    private static String shop(TestConnections.Registered acme) {
        return Punchout.enterShop(Punchout.startPath(post(fixture("setup-create-coupa.xml", acme))));
    }

    private static int add(String shop, String part, String aux, String quantity) {
        return given().redirects().follow(false).formParam("partId", part).formParam("aux", aux)
                .formParam("quantity", quantity).post(shop + "/cart/add").then().extract().statusCode();
    }

    @Test
    void concurrentFirstAddsToAnEmptyCartAllLand() throws Exception {
        // the same 100 ms quote for every add lines their writes up; a few rounds, each a new session's first adds
        FakeCatalog.delayMillis = 100;
        List<String> parts = List.of("P-100", "P-200", "P-300");
        for (int round = 0; round < 4; round++) {
            TestConnections.Registered acme = TestConnections.acme(true, null);
            String shop = shop(acme);
            List<Integer> codes = Concurrently.run(3, i -> add(shop, parts.get(i), i == 1 ? "BOX-10" : "", "1"));
            assertEquals(List.of(303, 303, 303), codes, "round " + round);
            assertEquals(List.of("P-100 1", "P-200 1", "P-300 1"), lines(acme.id()));
            assertEquals(1L, count("select count(*) from cart c join punchout_session s on s.id = c.session_id "
                    + "where s.connection_id = ?1", acme.id()));
        }
    }

    @Test
    void concurrentAddsOfTheSamePartAddUpAndArePricedForTheTotalQuantity() throws Exception {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme);
        List<Integer> codes = Concurrently.run(4, i -> add(shop, "P-200", "BOX-10", "3"));
        assertEquals(List.of(303, 303, 303, 303), codes);
        assertEquals(List.of("P-200 12"), lines(acme.id()));
        // 12 boxes reach the contract tier (from 10): the price of the whole quantity, not of a lost update's
        assertEquals(0, new BigDecimal("19.00").compareTo((BigDecimal) QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select l.unit_price from cart_line l join cart c on c.id = l.cart_id "
                        + "join punchout_session s on s.id = c.session_id where s.connection_id = ?1")
                        .setParameter(1, acme.id()).getSingleResult())));
    }

    @Test
    void concurrentCheckoutsHandBackOneMessageAndShowEveryClickTheSameForm() throws Exception {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme);
        add(shop, "P-100", "", "2");
        List<String> pages = Concurrently.run(3, i -> given().post(shop + "/checkout").then().statusCode(200)
                .extract().asString());
        HtmlForm first = HtmlForm.withId(pages.get(0), "cart-return");
        for (String page : pages) {
            assertEquals(first, HtmlForm.withId(page, "cart-return"));
        }
        assertEquals(1L, count("select count(*) from exchange where connection_id = ?1 "
                + "and document_type = 'PunchOutOrderMessage'", acme.id()));
    }

    @Test
    void aCartChangedDuringTheCheckoutQuoteIsNotHandedBackWithAnotherLinesPrice() {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = shop(acme);
        add(shop, "P-100", "", "1");
        add(shop, "P-300", "", "1");
        long wrench = ((Number) rows("select l.id, l.position from cart_line l join cart c on c.id = l.cart_id "
                + "join punchout_session s on s.id = c.session_id where s.connection_id = ?1 "
                + "and l.supplier_part_id = 'P-100'", acme.id()).get(0)[0]).longValue();
        // while catalog-service quotes [P-100, P-300], the buyer swaps P-100 for P-200 in another tab: still two lines
        FakeCatalog.DURING_NEXT_QUOTE.set(() -> {
            given().redirects().follow(false).post(shop + "/cart/lines/" + wrench + "/remove").then().statusCode(303);
            assertEquals(303, add(shop, "P-200", "BOX-10", "1"));
        });
        given().post(shop + "/checkout").then().statusCode(409)
                .body(org.hamcrest.Matchers.containsString("Your cart changed during checkout"));
        assertEquals(0L, count("select count(*) from exchange where connection_id = ?1 "
                + "and document_type = 'PunchOutOrderMessage'", acme.id()));
        // the next checkout quotes the cart as it is now, each part at its own price
        String form = HtmlForm.withId(given().post(shop + "/checkout").then().statusCode(200).extract().asString(),
                "cart-return").hiddenFields().get("cXML-urlencoded");
        org.junit.jupiter.api.Assertions.assertTrue(form.contains("<Money currency=\"USD\">21.25</Money>")
                && form.contains("<Money currency=\"USD\">45.00</Money>") && !form.contains("99.50")
                && !form.contains("Torque wrench"), form);
    }

    private List<String> lines(long connectionId) {
        return rows("""
                select l.supplier_part_id, l.quantity from cart_line l join cart c on c.id = l.cart_id
                join punchout_session s on s.id = c.session_id where s.connection_id = ?1 order by l.supplier_part_id""",
                connectionId).stream().map(r -> r[0] + " " + ((BigDecimal) r[1]).stripTrailingZeros().toPlainString())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                (List<Object[]>) em.createNativeQuery(sql).setParameter(1, parameter).getResultList());
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
