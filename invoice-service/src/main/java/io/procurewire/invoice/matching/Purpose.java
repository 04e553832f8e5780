package io.procurewire.invoice.matching;

/** cXML InvoiceDetailRequestHeader@purpose, as far as matching distinguishes them. */
public enum Purpose {
    STANDARD, CREDIT_MEMO, LINE_LEVEL_CREDIT_MEMO;

    public boolean isCreditNote() {
        return this != STANDARD;
    }
}
