package io.procurewire.sandbox.confirmation;

import io.procurewire.cxml.model.ConfirmationHeader;
import io.procurewire.cxml.model.ConfirmationItem;
import io.procurewire.cxml.model.ConfirmationRequest;
import io.procurewire.cxml.model.ConfirmationStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a cXML ConfirmationRequest (Fulfill.dtd) into a {@link NewConfirmation}, refusing what the DTD or the
 * sandbox cannot use with a message naming the part. Matching to the PO happens in {@link SupplierConfirmations}.
 */
public final class ConfirmationReading {

    /** ConfirmationHeader@type values of cXML 1.2. */
    static final Set<String> HEADER_TYPES = Set.of("accept", "allDetail", "detail", "backordered", "except", "reject",
            "requestToPay", "replace");
    /** ConfirmationStatus@type values of cXML 1.2. */
    static final Set<String> LINE_TYPES = Set.of("accept", "allDetail", "detail", "backordered", "except", "reject",
            "requestToPay", "replace", "unknown");
    /** Header types that describe the order line by line, so lines are required (the others may omit them). */
    private static final Set<String> TYPES_NEEDING_ITEMS = Set.of("detail", "allDetail");

    private ConfirmationReading() {
    }

    public static NewConfirmation read(ConfirmationRequest request) {
        ConfirmationHeader header = request.getHeader();
        if (header == null) {
            throw new IllegalArgumentException("ConfirmationHeader is required");
        }
        String type = header.getType();
        if (type == null || !HEADER_TYPES.contains(type)) {
            throw new IllegalArgumentException("ConfirmationHeader@type must be one of " + sorted(HEADER_TYPES)
                    + ", not " + type);
        }
        if (header.getNoticeDate() == null) {
            throw new IllegalArgumentException("ConfirmationHeader@noticeDate is required");
        }
        String operation = header.getOperation() == null ? "new" : header.getOperation();
        if (!operation.equals("new") && !operation.equals("update")) {
            throw new IllegalArgumentException("ConfirmationHeader@operation must be new or update, not " + operation);
        }
        String poNumber = request.getOrderReference() == null ? null : request.getOrderReference().getOrderId();
        if (poNumber == null || poNumber.isBlank()) {
            throw new IllegalArgumentException("OrderReference@orderID must name the Coupa PO number");
        }
        List<NewConfirmation.Item> items = new ArrayList<>();
        for (ConfirmationItem item : request.getItems()) {
            items.addAll(read(item));
        }
        if (items.isEmpty() && TYPES_NEEDING_ITEMS.contains(type)) {
            throw new IllegalArgumentException("a '" + type + "' confirmation must list its lines (ConfirmationItem)");
        }
        return new NewConfirmation(poNumber.trim(), header.getConfirmId(), type, operation, header.getNoticeDate(),
                List.copyOf(items));
    }

    private static List<NewConfirmation.Item> read(ConfirmationItem item) {
        if (item.getLineNumber() == null) {
            throw new IllegalArgumentException("ConfirmationItem@lineNumber is required");
        }
        int line = item.getLineNumber();
        if (item.getQuantity() == null) {
            throw new IllegalArgumentException("ConfirmationItem of line " + line + " has no quantity");
        }
        if (item.getStatuses().isEmpty()) {
            throw new IllegalArgumentException("ConfirmationItem of line " + line + " has no ConfirmationStatus");
        }
        List<NewConfirmation.Item> parts = new ArrayList<>();
        BigDecimal confirmed = BigDecimal.ZERO;
        for (ConfirmationStatus status : item.getStatuses()) {
            if (status.getType() == null || !LINE_TYPES.contains(status.getType())) {
                throw new IllegalArgumentException("ConfirmationStatus@type of line " + line + " must be one of "
                        + sorted(LINE_TYPES) + ", not " + status.getType());
            }
            if (status.getQuantity() == null) {
                throw new IllegalArgumentException("ConfirmationStatus of line " + line + " has no quantity");
            }
            confirmed = confirmed.add(status.getQuantity());
            String uom = status.getUnitOfMeasure() != null ? status.getUnitOfMeasure() : item.getUnitOfMeasure();
            parts.add(new NewConfirmation.Item(line, item.getQuantity(), uom, status.getType(), status.getQuantity()));
        }
        // cXML: the quantities of a line's ConfirmationStatus elements add up to the line's quantity
        if (confirmed.compareTo(item.getQuantity()) != 0) {
            throw new IllegalArgumentException("the ConfirmationStatus quantities of line " + line + " add up to "
                    + confirmed.stripTrailingZeros().toPlainString() + ", not the line's "
                    + item.getQuantity().stripTrailingZeros().toPlainString());
        }
        return parts;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
