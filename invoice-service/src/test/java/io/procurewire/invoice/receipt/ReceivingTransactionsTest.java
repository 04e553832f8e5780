package io.procurewire.invoice.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a Core API receiving transaction (the sandbox's representation) means as a receipt. */
class ReceivingTransactionsTest {

    private static JsonNode transaction(String type, String status, String quantity) throws Exception {
        return new ObjectMapper().readTree("""
                {"id":42,"created-at":"2026-11-15T10:00:00Z","updated-at":"2026-11-16T08:30:00Z","type":"%s",
                 "status":"%s","quantity":"%s","price":"10","uom":{"code":"EA"},"exported":false,
                 "transaction-date":"2026-11-15T09:00:00Z","asn-header":null,
                 "order-line":{"id":7,"line-num":3,"order-header-id":5,"po-number":"PO-77"}}"""
                .formatted(type, status, quantity));
    }

    @Test
    void anInventoryReceiptIsAReceiptKeyedByTheTransactionId() throws Exception {
        ReceivingTransactions.Pulled p = ReceivingTransactions.read(transaction("InventoryReceipt", "created", "4")).orElseThrow();
        assertEquals("buyer-rt:42", p.key());
        assertEquals("PO-77", p.poNumber());
        assertEquals(3, p.poLine());
        assertEquals(0, new BigDecimal("4").compareTo(p.quantity()));
        assertEquals(Instant.parse("2026-11-15T09:00:00Z"), p.receivedAt());
        assertFalse(p.voided());
        assertEquals("buyer-rt:42:void", p.voidKey());
    }

    @Test
    void returnsToTheSupplierAreNegativeAndVoidsAreMarked() throws Exception {
        assertEquals(0, new BigDecimal("-2").compareTo(ReceivingTransactions.read(
                transaction("ReceivingReturnToSupplier", "created", "2")).orElseThrow().quantity()));
        assertEquals(0, new BigDecimal("-2").compareTo(ReceivingTransactions.read(
                transaction("InventoryReturnToSupplier", "created", "2")).orElseThrow().quantity()));
        assertTrue(ReceivingTransactions.read(transaction("InventoryReceipt", "voided", "2")).orElseThrow().voided());
    }

    @Test
    void consumptionDisposalAndEmptyQuantitiesAreNotReceipts() throws Exception {
        assertTrue(ReceivingTransactions.read(transaction("ReceivingQuantityConsumption", "created", "2")).isEmpty());
        assertTrue(ReceivingTransactions.read(transaction("ReceivingDisposal", "created", "2")).isEmpty());
        assertTrue(ReceivingTransactions.read(transaction("InventoryReceipt", "created", "0")).isEmpty());
        assertEquals(42, ReceivingTransactions.id(transaction("ReceivingDisposal", "created", "1")));
    }
}
