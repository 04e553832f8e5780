package io.procurewire.invoice.matching;

/** cXML InvoiceDetailRequestHeader@purpose, as far as matching distinguishes them. */
public enum Purpose {
    STANDARD, CREDIT_MEMO, LINE_LEVEL_CREDIT_MEMO, DEBIT_MEMO, LINE_LEVEL_DEBIT_MEMO;

    /** A credit note: its lines give money back (signs ignored). */
    public boolean isCreditNote() {
        return this == CREDIT_MEMO || this == LINE_LEVEL_CREDIT_MEMO;
    }

    /** A debit note: additional billing on an earlier invoice (signs ignored), checked like invoiced goods. */
    public boolean isDebitNote() {
        return this == DEBIT_MEMO || this == LINE_LEVEL_DEBIT_MEMO;
    }

    /** Credit and debit notes reference the invoice they adjust. */
    public boolean referencesOriginal() {
        return this != STANDARD;
    }
}
