package io.procurewire.invoice.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A contract that backs invoice lines without a PO: prices per supplier part, valid between two dates. */
public record Contract(String contractNumber, String supplier, String currency, LocalDate validFrom, LocalDate validTo,
                       Map<String, BigDecimal> pricesByPart) {

    public Contract {
        pricesByPart = Map.copyOf(pricesByPart);
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
