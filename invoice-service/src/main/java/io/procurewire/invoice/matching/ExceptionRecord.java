package io.procurewire.invoice.matching;

import java.math.BigDecimal;

/**
 * One failed check: what was expected, what the invoice says, the limit that applied and by how much money it was
 * breached (in the invoice currency, rounded to its minor unit; null where no amount applies, e.g. a UoM mismatch).
 * {@code invoiceLine} is null for invoice-level checks.
 */
public record ExceptionRecord(Reason code, Integer invoiceLine, String expected, String actual, String limit,
                              BigDecimal breachAmount, String detail) {
}
