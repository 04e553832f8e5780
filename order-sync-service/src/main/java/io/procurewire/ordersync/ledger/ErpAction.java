package io.procurewire.ordersync.ledger;

/**
 * What a PO version asks of the ERP document: create it, update it, cancel it or close it; or nothing ({@link #SKIP}):
 * a cancel or close of a PO the ERP never had.
 */
public enum ErpAction {
    CREATE, UPDATE, CANCEL, CLOSE, SKIP;

    public static ErpAction of(PoSnapshot snapshot, boolean erpDocumentExists) {
        return switch (snapshot.normalizedStatus()) {
            case "cancelled" -> CANCEL;
            case "closed" -> CLOSE;
            default -> erpDocumentExists ? UPDATE : CREATE;
        };
    }

    /** How the worker goes about a version whose action is {@code action}. */
    public enum Plan {
        /** Send the version to the ERP as its action. */
        SEND,
        /**
         * A cancel or close of a PO no version of which was ever sent to the ERP: nothing to cancel or close there.
         * Not sent; recorded as skipped, the PO is marked exported with a record saying so.
         */
        SKIP,
        /**
         * A cancel or close while an earlier version was sent but never confirmed (dead-lettered, then superseded):
         * the ERP may have that document. Resend the earlier version first under its own key (the ERP answers the
         * document it has, or creates it), then cancel or close that document.
         */
        RECOVER_EARLIER_DOCUMENT
    }

    public static Plan plan(ErpAction action, boolean erpDocumentExists, boolean earlierVersionSentUnconfirmed) {
        if ((action == CANCEL || action == CLOSE) && !erpDocumentExists) {
            return earlierVersionSentUnconfirmed ? Plan.RECOVER_EARLIER_DOCUMENT : Plan.SKIP;
        }
        return Plan.SEND;
    }

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
