package io.procurewire.catalog.search;

import io.procurewire.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** The buyer's view carries the quantity tiers in force, so a shop can show them before a quantity is chosen. */
@QuarkusTest
class QuantityTiersTest {

    @Test
    void itemsShowTheTiersTheBuyerCanReachAndNoneWhereAFixedPriceOrNoContractApplies() {
        Fixtures.createProduct(Fixtures.product("QTY-TIER", "Tiered gloves", "8.90", "USD"));
        Fixtures.createProduct(Fixtures.product("QTY-FIX", "Fixed paper", "5.20", "USD"));
        Fixtures.createProduct(Fixtures.product("QTY-OLD", "Tiers expired", "3.00", "USD"));
        Fixtures.createContract("QTY-C", "qty-buyer", "USD", "2020-01-01", null, "5", "ALL");
        Fixtures.putLine("QTY-C", "QTY-TIER", Map.of("tiers", List.of(Map.of("minQuantity", 1, "unitPrice", "7.95"),
                Map.of("minQuantity", 50, "unitPrice", "7.25"), Map.of("minQuantity", 200, "unitPrice", "6.60"))));
        Fixtures.putLine("QTY-C", "QTY-FIX", Map.of("fixedPrice", "4.47",
                "tiers", List.of(Map.of("minQuantity", 100, "unitPrice", "4.00"))));
        Fixtures.putLine("QTY-C", "QTY-OLD", Map.of("validTo", "2021-12-31",
                "tiers", List.of(Map.of("minQuantity", 10, "unitPrice", "2.00"))));

        asAdmin().get("/api/buyers/qty-buyer/catalog/items/QTY-TIER").then().statusCode(200)
                .body("price.amount", equalTo(7.95f)).body("priceSource", equalTo("CONTRACT_TIER"))
                .body("quantityTiers.minQuantity", contains(1, 50, 200))
                .body("quantityTiers.unitPrice", contains(7.95f, 7.25f, 6.60f));
        asAdmin().get("/api/buyers/qty-buyer/catalog/items/QTY-FIX").then().statusCode(200)
                .body("priceSource", equalTo("CONTRACT_FIXED")).body("quantityTiers", empty());
        asAdmin().get("/api/buyers/qty-buyer/catalog/items/QTY-OLD").then().statusCode(200)
                .body("priceSource", equalTo("CONTRACT_DISCOUNT")).body("quantityTiers", empty());
        asAdmin().get("/api/buyers/no-contract-buyer/catalog/items/QTY-TIER").then().statusCode(200)
                .body("priceSource", equalTo("LIST")).body("quantityTiers", empty());
        asAdmin().get("/api/buyers/qty-buyer/catalog/search?q=Tiered").then().statusCode(200)
                .body("items[0].quantityTiers.minQuantity", contains(1, 50, 200));
    }
}
