package io.procurewire.local.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCatalogTest {

    @Test
    void aFewHundredDistinctProductsEachWithWhatABuyerFiltersBy() {
        List<DemoCatalog.Product> products = DemoCatalog.products();
        assertTrue(products.size() >= 300 && products.size() <= 350, "size " + products.size());
        Set<String> parts = new HashSet<>();
        Set<String> categories = new HashSet<>();
        for (DemoCatalog.Product p : products) {
            assertTrue(parts.add(p.supplierPartId()), "duplicate " + p.supplierPartId());
            assertTrue(p.unspsc().matches("\\d{8}"), p.unspsc());
            assertTrue(Set.of("EA", "BX", "PK").contains(p.unitOfMeasure()), p.unitOfMeasure());
            assertTrue(p.listPrice().signum() > 0 && p.listPrice().scale() == 2, p.listPrice().toPlainString());
            assertTrue(p.leadTimeDays() > 0);
            assertFalse(p.manufacturerName().isBlank());
            assertTrue(p.supplierPartId().length() <= 40 && p.name().length() <= 255);
            categories.add(p.category());
        }
        assertEquals(Set.of("Office", "IT", "MRO", "Safety", "Facilities", "Furniture"), categories);
    }

    @Test
    void theGlovesOfTheWalkThroughAreThereWithTheirTiers() {
        DemoCatalog.Product gloves = DemoCatalog.products().stream()
                .filter(p -> p.supplierPartId().equals("GLV-NIT-1-M")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("8.90"), gloves.listPrice());
        assertTrue(gloves.name().contains("Nitrile") && gloves.name().contains("size M"), gloves.name());
        assertEquals(Map.of("Thickness", "4 mil", "Size", "size M", "Pack", "box of 100"), gloves.attributes());
        assertTrue(DemoCatalog.csv().startsWith("supplierPartId,name,description,manufacturerName,manufacturerPartId,"
                + "unspsc,unitOfMeasure,listPrice,currency,leadTimeDays,attr.category,\"attr.Binding\","), "attribute columns");
        Map<String, Object> line = DemoContractLines.lines().get("GLV-NIT-1-M");
        List<?> tiers = (List<?>) line.get("tiers");
        assertEquals(List.of("7.95", "7.25", "6.60"), tiers.stream()
                .map(t -> ((BigDecimal) ((Map<?, ?>) t).get("unitPrice")).toPlainString()).toList());
    }

    @Test
    void theCsvHasOneRowPerProductAndQuotesEveryText() {
        String csv = DemoCatalog.csv();
        String[] rows = csv.split("\r\n");
        assertEquals(DemoCatalog.products().size() + 1, rows.length);
        assertTrue(rows[0].startsWith("supplierPartId,name,"));
        assertTrue(csv.contains("\"3.0 × 16 mm") || csv.contains("3.0 × 16 mm"), "UTF-8 text kept");
    }

    @Test
    void aContractLineIsTheSameWhenItsNumbersAreEqualWhateverTheirScale() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> wanted = DemoContractLines.lines().get("GLV-NIT-1-M");
        assertTrue(DemoSeed.sameLine(json.readTree("""
                {"supplierPartId":"GLV-NIT-1-M","fixedPrice":null,"discountPercent":null,
                 "tiers":[{"minQuantity":1.000,"unitPrice":7.950},{"minQuantity":50,"unitPrice":7.25},
                          {"minQuantity":200,"unitPrice":6.6}]}"""), wanted));
        assertFalse(DemoSeed.sameLine(json.readTree("""
                {"supplierPartId":"GLV-NIT-1-M","tiers":[{"minQuantity":1,"unitPrice":7.95}]}"""), wanted));
        assertFalse(DemoSeed.sameLine(null, wanted));
        assertFalse(DemoSeed.sameLine(json.readTree("{\"fixedPrice\":4.00,\"tiers\":[]}"),
                Map.of("fixedPrice", new BigDecimal("4.01"))));
        assertTrue(DemoSeed.sameLine(json.readTree("{\"fixedPrice\":4.0,\"tiers\":[]}"),
                Map.of("fixedPrice", new BigDecimal("4.00"))));
    }
}
