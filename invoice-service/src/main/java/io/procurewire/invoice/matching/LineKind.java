package io.procurewire.invoice.matching;

/** How a line was matched. */
public enum LineKind {
    /** Goods or services against a PO line (three-way). */
    PO_GOODS,
    /** Against a contract price (two-way, no receipt). */
    CONTRACT,
    /** An ancillary charge (shipping, handling, misc) or discount written as a line. */
    CHARGE,
    /** A credit returning quantity: frees the quantity for later invoices. */
    QUANTITY_CREDIT,
    /** A credit lowering the price of quantity already invoiced: the quantity stays billed. */
    PRICE_CREDIT,
    /** Not matched: its reference or its shape is wrong (see the exceptions). */
    UNMATCHED
}
