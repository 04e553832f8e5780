package io.procurewire.catalog;

import io.restassured.http.ContentType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static io.procurewire.testsupport.security.TestUsers.asAdmin;

/** Builds catalog state through the public API, as a user would. Each test class uses its own part-ID prefix. */
public final class Fixtures {

    private static final Set<Class<?>> LOADED = ConcurrentHashMap.newKeySet();

    private Fixtures() {
    }

    /**
     * Runs {@code load} the first time a test class asks: the catalog a class builds outlives its test methods (one
     * application and database per test run), and its part-ID prefix keeps it apart from other classes' products.
     */
    public static void loadOnce(Class<?> testClass, Runnable load) {
        if (LOADED.add(testClass)) {
            load.run();
        }
    }

    /** Creates {@link #product} with these fields changed. */
    public static void createProduct(String partId, String name, String price, Map<String, Object> changes) {
        Map<String, Object> p = product(partId, name, price, "USD");
        p.putAll(changes);
        createProduct(p);
    }

    public static Map<String, Object> product(String partId, String name, String price, String currency) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("supplierPartId", partId);
        p.put("name", name);
        p.put("description", name + " description");
        p.put("manufacturerName", "Acme Tools");
        p.put("manufacturerPartId", "M-" + partId);
        p.put("unspsc", "43211503");
        p.put("unitOfMeasure", "EA");
        p.put("listPrice", price);
        p.put("currency", currency);
        p.put("leadTimeDays", 3);
        p.put("imageUrl", "https://img.example.com/" + partId + ".png");
        p.put("attributes", Map.of("color", "black"));
        return p;
    }

    public static void createProduct(Map<String, Object> product) {
        asAdmin().contentType(ContentType.JSON).body(product).when().post("/api/products").then().statusCode(201);
    }

    public static void createContract(String code, String buyer, String currency, String from, String to,
                                      String defaultDiscount, String assortment) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", code);
        c.put("buyerCode", buyer);
        c.put("name", "Contract " + code);
        c.put("currency", currency);
        c.put("effectiveFrom", from);
        c.put("effectiveTo", to);
        c.put("defaultDiscountPercent", defaultDiscount);
        c.put("assortment", assortment);
        asAdmin().contentType(ContentType.JSON).body(c).when().post("/api/contracts").then().statusCode(201);
    }

    public static void putLine(String contract, String partId, Map<String, Object> line) {
        asAdmin().contentType(ContentType.JSON).body(line).when().put("/api/contracts/" + contract + "/lines/" + partId)
                .then().statusCode(200);
    }
}
