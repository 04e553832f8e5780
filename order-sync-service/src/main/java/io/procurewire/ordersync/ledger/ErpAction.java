package io.procurewire.ordersync.ledger;

/** What a PO version asks of the ERP document: create it, update it, cancel it or close it. */
public enum ErpAction {
    CREATE, UPDATE, CANCEL, CLOSE;

    public static ErpAction of(PoSnapshot snapshot, boolean erpDocumentExists) {
        return switch (snapshot.normalizedStatus()) {
            case "cancelled" -> CANCEL;
            case "closed" -> CLOSE;
            default -> erpDocumentExists ? UPDATE : CREATE;
        };
    }

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
