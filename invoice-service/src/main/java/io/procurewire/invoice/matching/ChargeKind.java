package io.procurewire.invoice.matching;

/** Ancillary charges, as Coupa's tolerances group them: shipping, handling, misc; discounts reduce the total. */
public enum ChargeKind {
    SHIPPING, HANDLING, MISC, DISCOUNT
}
