package io.procurewire.punchout.shop;

import io.procurewire.punchout.Punchout;
import io.procurewire.punchout.TestConnections;
import io.procurewire.punchout.fakecatalog.FakeCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.procurewire.punchout.Punchout.fixture;
import static io.procurewire.punchout.Punchout.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** With a 1 s price age limit, a cart priced from the fallback cache cannot be checked out after a second. */
@QuarkusTest
@TestProfile(StalePriceCheckoutTest.OneSecondPrices.class)
class StalePriceCheckoutTest {

    public static class OneSecondPrices implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("procurewire.punchout.max-price-age", "PT1S");
        }
    }

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void heal() {
        FakeCatalog.healthy();
    }

    @Test
    void checkoutNeverUsesAPriceOlderThanTheLimit() throws InterruptedException {
        TestConnections.Registered acme = TestConnections.acme(true, null);
        String shop = Punchout.enterShop(Punchout.startPath(post(fixture("setup-create-coupa.xml", acme))));
        // the line must be in the cart: an empty cart would be handed back without any price to check
        given().redirects().follow(false).formParam("partId", "P-100").formParam("quantity", "1")
                .post(shop + "/cart/add").then().statusCode(303);
        // catalog-service goes down: the quote of P-100 x1 is still cached, but ages beyond the limit
        FakeCatalog.failWithStatus = 503;
        Thread.sleep(1_500);
        given().post(shop + "/checkout").then().statusCode(503)
                .body(allOf(containsString("Prices cannot be confirmed right now"), containsString("/cart")));
        // the session stays open: once the catalog is back, the checkout goes through with fresh prices
        FakeCatalog.heal();
        breakers.resetAll();
        given().post(shop + "/checkout").then().statusCode(200).body(containsString("cart-return"));
    }
}
