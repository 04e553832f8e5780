package io.procurewire.invoice.matching;

/** Why an invoice did not match. Each exception record carries one; the README documents the formula of each. */
public enum Reason {
    /** Invoiced unit price above the PO (or contract) price plus the upper tolerance. */
    PRICE_OVER_TOLERANCE,
    /** Invoiced unit price below the PO price minus the lower tolerance. */
    PRICE_UNDER_TOLERANCE,
    /** Invoiced quantity, with what earlier invoices billed, exceeds the ordered quantity plus tolerance. */
    QUANTITY_OVER_ORDERED,
    /** Invoiced quantity exceeds what was received for the PO line, plus tolerance. */
    QUANTITY_NOT_RECEIVED,
    /** Enough was received, but earlier invoices already consumed it (billing the same goods twice). */
    OVER_BILLED,
    /** The line names a PO that does not exist (for this supplier). */
    UNKNOWN_PO,
    /** The PO exists but has no such line. */
    UNKNOWN_PO_LINE,
    /** A contract-backed line names an unknown or expired contract, or a part the contract does not price. */
    UNKNOWN_CONTRACT,
    /** The invoice's currency is not the PO's (or contract's). */
    CURRENCY_MISMATCH,
    /** The line's unit of measure is not the PO line's. */
    UOM_MISMATCH,
    /** Another invoice of the same supplier already has this invoice number. */
    DUPLICATE_INVOICE_NUMBER,
    /** Tax rate or tax amount differs from the expected tax by more than the tolerance. */
    TAX_MISMATCH,
    /** A shipping, handling or misc charge of a kind the buyer does not permit. */
    EXTRAS_NOT_PERMITTED,
    /** Permitted charges of one kind above their % or amount limit. */
    EXTRAS_OVER_TOLERANCE,
    /** A discount where the buyer does not permit one. */
    DISCOUNT_NOT_PERMITTED,
    /** A discount larger than the permitted share of the subtotal. */
    DISCOUNT_OVER_TOLERANCE,
    /** The line's amount differs from quantity times PO price by more than the line total tolerance. */
    LINE_TOTAL_OVER_TOLERANCE,
    /** The invoice total differs from the expected total by more than the invoice total tolerance. */
    INVOICE_TOTAL_OVER_TOLERANCE,
    /** The invoice is dated before the PO (more than the permitted backdating days). */
    INVOICE_BEFORE_PO,
    /** A credit note names no original invoice, or one this supplier never sent. */
    UNKNOWN_ORIGINAL_INVOICE,
    /** A credit for more quantity than was invoiced (net of earlier credits) on the PO line. */
    CREDIT_EXCEEDS_INVOICED,
    /** A credit at a unit price above the price originally invoiced. */
    CREDIT_PRICE_ABOVE_ORIGINAL,
    /** A line with both a negative quantity and a negative price (a credit is one or the other). */
    CREDIT_SIGNS_INVALID
}
