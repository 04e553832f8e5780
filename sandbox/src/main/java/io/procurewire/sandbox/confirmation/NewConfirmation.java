package io.procurewire.sandbox.confirmation;

import io.procurewire.sandbox.api.Json;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A confirmation as read from the cXML document, before it is matched to a PO. */
public record NewConfirmation(String poNumber, String confirmId, String type, String operation,
                              OffsetDateTime noticeDate, List<Item> items) {

    /** One ConfirmationStatus of one line (a line may be split, e.g. part accepted and part backordered). */
    public record Item(int lineNum, BigDecimal quantity, String uom, String status, BigDecimal statusQuantity) {

        Map<String, Object> representation() {
            return Json.map("line-num", lineNum, "quantity", quantity.stripTrailingZeros().toPlainString(),
                    "uom", uom, "status", status, "status-quantity", statusQuantity.stripTrailingZeros().toPlainString());
        }
    }
}
