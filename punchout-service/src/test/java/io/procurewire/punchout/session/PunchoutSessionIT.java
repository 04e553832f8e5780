package io.procurewire.punchout.session;

import io.procurewire.punchout.TestConnections;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import static io.procurewire.punchout.Punchout.enterShop;
import static io.procurewire.punchout.Punchout.fixture;
import static io.procurewire.punchout.Punchout.post;
import static io.procurewire.punchout.Punchout.startPath;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * A punchout session from setup request to cart hand-back against the packaged application (quarkus-run.jar, or the
 * native executable with -Pnative): cXML reading and writing, the admin API's security, PostgreSQL, the StartPage and
 * the checkout form. The shop's catalog pages are left out: they need a catalog-service (e2e-tests run them).
 */
@QuarkusIntegrationTest
class PunchoutSessionIT {

    @Test
    void adminApiRefusesAnonymousCallers() {
        given().auth().none().get("/api/connections").then().statusCode(401);
    }

    @Test
    void setupRequestStartPageOnceAndCheckoutHandsBackTheCart() {
        TestConnections.Registered acme = TestConnections.acme(true, "URLENCODED");
        String start = startPath(post(fixture("setup-create-coupa.xml", acme)));

        String shop = enterShop(start);
        given().redirects().follow(false).get(start).then().statusCode(410);
        given().post(shop + "/checkout").then().statusCode(200)
                .body(containsString("cXML-urlencoded"))
                .body(containsString("https://acme.coupahost.com/punchout/checkout?id=42"));
        // checkout is idempotent: a repeated one hands back the same cart; the shop itself is closed
        given().post(shop + "/checkout").then().statusCode(200)
                .body(containsString("https://acme.coupahost.com/punchout/checkout?id=42"));
        given().get(shop + "/").then().statusCode(410);
    }
}
