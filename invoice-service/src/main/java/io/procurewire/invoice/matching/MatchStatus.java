package io.procurewire.invoice.matching;

public enum MatchStatus {
    /** Every check passed (possibly after a small-difference write-off). */
    MATCHED,
    /** At least one exception record. */
    EXCEPTION,
    /** PO data could not be fetched: nothing was decided; the match runs again when it can. */
    WAITING_FOR_PO_DATA
}
