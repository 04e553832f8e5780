package io.procurewire.invoice;

import io.procurewire.invoice.matching.Allocation;
import io.procurewire.invoice.matching.Charge;
import io.procurewire.invoice.matching.ExtraRule;
import io.procurewire.invoice.matching.Invoice;
import io.procurewire.invoice.matching.Limit;
import io.procurewire.invoice.matching.PurchaseOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The matching model travels as JSON (API bodies, stored documents): registered for reflection in native images. */
@RegisterForReflection(targets = {Invoice.class, Invoice.Line.class, Charge.class, PurchaseOrder.class,
        PurchaseOrder.Line.class, Limit.class, ExtraRule.class, Allocation.class})
final class JsonModel {
    private JsonModel() {
    }
}
