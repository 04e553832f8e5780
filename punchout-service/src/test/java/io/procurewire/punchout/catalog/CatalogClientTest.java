package io.procurewire.punchout.catalog;

import io.procurewire.punchout.catalog.CatalogDtos.QuoteLineRequest;
import io.procurewire.punchout.fakecatalog.FakeCatalog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CatalogClientTest {

    @Inject
    CatalogClient catalog;

    @BeforeEach
    @AfterEach
    void healthyCatalogAndEmptyCache() {
        FakeCatalog.healthy();
    }

    @Test
    void searchesTheBuyersCatalogWithContractPrices() {
        Fetched<CatalogDtos.SearchPage> page = catalog.search("acme", "C-1", "wrench", null, null, 0, 20);
        assertFalse(page.possiblyStale());
        assertEquals(1, page.value().total());
        CatalogDtos.CatalogItem wrench = page.value().items().get(0);
        assertEquals("P-100", wrench.supplierPartId());
        assertEquals(new BigDecimal("99.50"), wrench.price().amount());
        assertEquals(new BigDecimal("120.00"), wrench.listPrice().amount());
        assertEquals("CONTRACT_FIXED", wrench.priceSource());
        assertEquals("EA", wrench.unitOfMeasure());
        assertEquals(3, wrench.leadTimeDays());
    }

    @Test
    void servesTheLastGoodPageFlaggedPossiblyStaleWhenCatalogFails() {
        Fetched<CatalogDtos.SearchPage> fresh = catalog.search("acme", "C-1", null, null, null, 0, 20);
        FakeCatalog.failWithStatus = 503;
        Fetched<CatalogDtos.SearchPage> degraded = catalog.search("acme", "C-1", null, null, null, 0, 20);
        assertTrue(degraded.possiblyStale());
        assertEquals(fresh.fetchedAt(), degraded.fetchedAt());
        assertEquals(fresh.value(), degraded.value());
    }

    @Test
    void retriesTwiceThenFallsBack() {
        catalog.search("acme", "C-1", "caliper", null, null, 0, 20);
        FakeCatalog.failWithStatus = 503;
        int before = FakeCatalog.CALLS.get();
        assertTrue(catalog.search("acme", "C-1", "caliper", null, null, 0, 20).possiblyStale());
        assertEquals(3, FakeCatalog.CALLS.get() - before);
    }

    @Test
    void timesOutASlowCatalogAndFallsBack() {
        catalog.search("acme", "C-1", "gloves", null, null, 0, 20);
        FakeCatalog.delayMillis = 15_000;
        long started = System.nanoTime();
        Fetched<CatalogDtos.SearchPage> degraded = catalog.search("acme", "C-1", "gloves", null, null, 0, 20);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(degraded.possiblyStale());
        assertEquals("P-200", degraded.value().items().get(0).supplierPartId());
        // one attempt of at most 5 s (test timeout): a timed-out call is not retried (three attempts would take
        // 15 s), and never the 15 s delay
        assertTrue(tookMillis < 12_000, "took " + tookMillis + " ms");
    }

    @Test
    void failsClearlyWhenCatalogIsDownAndNothingIsCached() {
        FakeCatalog.failWithStatus = 503;
        CatalogUnavailable failure = assertThrows(CatalogUnavailable.class,
                () -> catalog.search("acme", "C-1", "never asked", null, null, 0, 20));
        assertTrue(failure.getMessage().contains("no recent answer"), failure.getMessage());
    }

    @Test
    void unknownItemIsAbsentNotAFailure() {
        Fetched<Optional<CatalogDtos.CatalogItem>> item = catalog.item("acme", "C-1", "P-999", null);
        assertFalse(item.possiblyStale());
        assertTrue(item.value().isEmpty());
        assertTrue(catalog.item("acme", "C-1", "P-400", null).value().isEmpty(), "another buyer's item is invisible");
    }

    @Test
    void quotesTierPricesAndFallsBackToRecentLinesOnlyWhenAllAreKnown() {
        List<QuoteLineRequest> lines = List.of(new QuoteLineRequest("P-200", "BOX-10", new BigDecimal("12")),
                new QuoteLineRequest("P-100", null, BigDecimal.ONE));
        Fetched<CatalogDtos.PriceQuote> fresh = catalog.quote("acme", "C-1", lines);
        assertFalse(fresh.possiblyStale());
        assertEquals(new BigDecimal("19.00"), fresh.value().lines().get(0).unitPrice().amount());
        assertEquals("CONTRACT_TIER", fresh.value().lines().get(0).priceSource());

        FakeCatalog.failWithStatus = 500;
        Fetched<CatalogDtos.PriceQuote> degraded = catalog.quote("acme", "C-1", List.of(
                new QuoteLineRequest("P-100", null, new BigDecimal("1.000"))));
        assertTrue(degraded.possiblyStale());
        assertEquals(new BigDecimal("99.50"), degraded.value().lines().get(0).unitPrice().amount());
        assertThrows(CatalogUnavailable.class, () -> catalog.quote("acme", "C-1", List.of(
                new QuoteLineRequest("P-100", null, new BigDecimal("2")))));
    }
}
