package io.procurewire.invoice.posting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A receipt as a Core API receiving transaction, and recognising ours among the platform's transactions. */
class PostedTransactionTest {

    private static final PostedTransaction RECEIPT = new PostedTransaction(7001, new BigDecimal("4.000000"),
            Instant.parse("2026-11-19T10:00:00.750Z"), null);

    private static JsonNode transaction(String type, long line, String quantity, String date, String asn) throws Exception {
        return new ObjectMapper().readTree("""
                {"id":900001,"type":"%s","status":"created","quantity":"%s","transaction-date":"%s",
                 "asn-header":%s,"order-line":{"id":%d,"line-num":1,"po-number":"PO-1"}}"""
                .formatted(type, quantity, date, asn == null ? "null" : "{\"asn-number\":\"" + asn + "\"}", line));
    }

    @Test
    void theBodyReferencesTheOrderLineByThePlatformsId() {
        assertEquals("{\"type\":\"InventoryReceipt\",\"quantity\":\"4\",\"order-line\":{\"id\":7001},"
                + "\"transaction-date\":\"2026-11-19T10:00:00Z\"}", RECEIPT.body().toString());
        PostedTransaction asn = new PostedTransaction(7001, BigDecimal.ONE, Instant.parse("2026-11-19T10:00:05Z"), "SHIP-1");
        assertEquals("SHIP-1", asn.body().path("asn-header").path("asn-number").asText());
        assertEquals("2026-11-19T10:00:05Z", asn.body().path("transaction-date").asText());
    }

    @Test
    void oursIsTheSameLineTypeQuantityDateInWholeSecondsAndAsn() throws Exception {
        assertTrue(RECEIPT.matches(transaction("InventoryReceipt", 7001, "4", "2026-11-19T10:00:00Z", null)));
        assertTrue(RECEIPT.matches(transaction("InventoryReceipt", 7001, "4.0", "2026-11-19T11:00:00+01:00", null)));
        assertFalse(RECEIPT.matches(transaction("InventoryReceipt", 7002, "4", "2026-11-19T10:00:00Z", null)));
        assertFalse(RECEIPT.matches(transaction("InventoryReturnToSupplier", 7001, "4", "2026-11-19T10:00:00Z", null)));
        assertFalse(RECEIPT.matches(transaction("InventoryReceipt", 7001, "5", "2026-11-19T10:00:00Z", null)));
        assertFalse(RECEIPT.matches(transaction("InventoryReceipt", 7001, "4", "2026-11-19T10:00:01Z", null)));
        assertFalse(RECEIPT.matches(transaction("InventoryReceipt", 7001, "4", "2026-11-19T10:00:00Z", "SHIP-1")));
        PostedTransaction asn = new PostedTransaction(7001, new BigDecimal("4"), Instant.parse("2026-11-19T10:00:00Z"), "SHIP-1");
        assertTrue(asn.matches(transaction("InventoryReceipt", 7001, "4", "2026-11-19T10:00:00Z", "SHIP-1")));
        assertFalse(asn.matches(transaction("InventoryReceipt", 7001, "4", "2026-11-19T10:00:00Z", null)));
    }
}
