package io.procurewire.sandbox.po;

import java.util.List;

/** What issuing a PO needs: the supplier, currency, where it ships and the lines. */
public record NewPurchaseOrder(long supplierId, String currency, String shipToName, String shipToStreet,
                               String shipToCity, String shipToPostal, String shipToCountry, String shipToUserEmail,
                               Long requisitionId, List<NewOrderLine> lines) {

    public NewPurchaseOrder {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code");
        }
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a PO needs at least one line");
        }
        lines = List.copyOf(lines);
    }
}
