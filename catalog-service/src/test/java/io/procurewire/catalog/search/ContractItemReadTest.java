package io.procurewire.catalog.search;

import io.procurewire.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.procurewire.testsupport.security.TestUsers.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * An item read as the shop asks it (buyer and contract named, punchout-service's product page): the contract's and its
 * lines' dates decide the price, whichever day the test runs (dates relative to today, UTC).
 */
@QuarkusTest
class ContractItemReadTest {

    private static String day(int fromToday) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(fromToday).toString();
    }

    @Test
    void aNamedContractPricesByItsLinesInsideTheirDatesAndFallsThroughOutsideThem() {
        // part IDs and names without words other tests search for (1 fixed, 2 tiers, 3 expired, 4 later, 5 today only)
        for (String part : List.of("CIR-1", "CIR-2", "CIR-3", "CIR-4", "CIR-5", "CIR-6")) {
            Fixtures.createProduct(Fixtures.product(part, "Contract read " + part, "10.00", "USD"));
        }
        // effective from yesterday to tomorrow, 5 % off list by default
        Fixtures.createContract("CIR-C", "cir-buyer", "USD", day(-1), day(1), "5", "ALL");
        Fixtures.putLine("CIR-C", "CIR-1", Map.of("fixedPrice", "7.10", "validFrom", day(-1), "validTo", day(0)));
        Fixtures.putLine("CIR-C", "CIR-2", Map.of("tiers", List.of(Map.of("minQuantity", 1, "unitPrice", "8.40"),
                Map.of("minQuantity", 25, "unitPrice", "8.00"))));
        Fixtures.putLine("CIR-C", "CIR-3", Map.of("fixedPrice", "1.00", "validTo", day(-1)));
        Fixtures.putLine("CIR-C", "CIR-4", Map.of("discountPercent", "50", "validFrom", day(1)));
        Fixtures.putLine("CIR-C", "CIR-5", Map.of("discountPercent", "20", "validFrom", day(0), "validTo", day(0)));

        asAdmin().queryParam("contract", "CIR-C").get("/api/buyers/cir-buyer/catalog/items/CIR-1").then()
                .statusCode(200).body("price.amount", equalTo(7.10f)).body("priceSource", equalTo("CONTRACT_FIXED"))
                .body("contractCode", equalTo("CIR-C")).body("supplierPartAuxiliaryId", equalTo("contract:CIR-C"))
                .body("listPrice.amount", equalTo(10.00f)).body("quantityTiers", empty());
        asAdmin().queryParam("contract", "CIR-C").get("/api/buyers/cir-buyer/catalog/items/CIR-2").then()
                .statusCode(200).body("price.amount", equalTo(8.40f)).body("priceSource", equalTo("CONTRACT_TIER"))
                .body("quantityTiers.minQuantity", contains(1, 25));
        // a line outside its dates does not count: the contract's default discount
        asAdmin().queryParam("contract", "CIR-C").get("/api/buyers/cir-buyer/catalog/items/CIR-3").then()
                .statusCode(200).body("price.amount", equalTo(9.50f)).body("priceSource", equalTo("CONTRACT_DISCOUNT"));
        asAdmin().queryParam("contract", "CIR-C").get("/api/buyers/cir-buyer/catalog/items/CIR-4").then()
                .statusCode(200).body("price.amount", equalTo(9.50f)).body("priceSource", equalTo("CONTRACT_DISCOUNT"));
        // valid today only (both bounds inclusive)
        asAdmin().queryParam("contract", "CIR-C").get("/api/buyers/cir-buyer/catalog/items/CIR-5").then()
                .statusCode(200).body("price.amount", equalTo(8.00f)).body("priceSource", equalTo("CONTRACT_DISCOUNT"));
        asAdmin().queryParam("contract", "CIR-C").get("/api/buyers/cir-buyer/catalog/items/CIR-6").then()
                .statusCode(200).body("price.amount", equalTo(9.50f));
        // the same answers without naming the contract: it is the buyer's effective one
        asAdmin().get("/api/buyers/cir-buyer/catalog/items/CIR-1").then()
                .statusCode(200).body("price.amount", equalTo(7.10f)).body("contractCode", equalTo("CIR-C"));
    }

    @Test
    void aNamedContractOutsideItsDatesIs422AndAnEndedOneNoLongerGovernsTheBuyersView() {
        Fixtures.createProduct(Fixtures.product("CIR-7", "Contract read CIR-7", "10.00", "USD"));
        Fixtures.createContract("CIR-ENDED", "cir-ended-buyer", "USD", day(-30), day(-1), "5", "ALL");
        asAdmin().queryParam("contract", "CIR-ENDED").get("/api/buyers/cir-ended-buyer/catalog/items/CIR-7")
                .then().statusCode(422).contentType("application/problem+json");
        asAdmin().get("/api/buyers/cir-ended-buyer/catalog/items/CIR-7").then().statusCode(200)
                .body("priceSource", equalTo("LIST")).body("contractCode", equalTo(null));
    }
}
