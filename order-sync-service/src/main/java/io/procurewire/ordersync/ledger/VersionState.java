package io.procurewire.ordersync.ledger;

/** Where a PO version stands. See {@link VersionStateMachine} for the transitions. */
public enum VersionState {
    /** Durably stored; the ERP has not been asked yet. */
    RECEIVED,
    /** An ERP write was attempted; it may or may not have arrived (the ERP write is idempotent, so resending is safe). */
    SENT_TO_ERP,
    /** The ERP confirmed it with a document number; the buyer-side follow-ups (export mark, confirmation) remain. */
    ERP_CONFIRMED,
    /** Done: marked exported on the platform (pull) and/or confirmed back to the buyer (push). */
    COMPLETED,
    /** A newer version of the same PO arrived before this one reached the ERP; the newer one carries its changes. */
    SUPERSEDED,
    /** Failed {@code max-attempts} times or for a reason a retry cannot fix; waits for "retry now" or a replay. */
    DEAD_LETTERED;

    public boolean isFinal() {
        return this == COMPLETED || this == SUPERSEDED;
    }
}
