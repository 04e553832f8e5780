package io.procurewire.ordersync.delivery;

import io.procurewire.ordersync.integration.Integration;
import io.procurewire.ordersync.ledger.PoVersion;

/** Sends the buyer a ConfirmationRequest for a pushed PO version the ERP confirmed. */
public interface ConfirmationSender {

    void confirm(Integration integration, PoVersion version, String poNumber);
}
