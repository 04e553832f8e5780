package io.procurewire.ordersync.push;

import io.procurewire.cxml.model.Address;
import io.procurewire.cxml.model.Classification;
import io.procurewire.cxml.model.Description;
import io.procurewire.cxml.model.ItemDetail;
import io.procurewire.cxml.model.ItemOut;
import io.procurewire.cxml.model.OrderRequest;
import io.procurewire.cxml.model.OrderRequestHeader;
import io.procurewire.cxml.model.PostalAddress;
import io.procurewire.ordersync.ledger.PoSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a cXML OrderRequest into a ledger snapshot, and checks what an order must carry. */
public final class CxmlOrders {

    public static final List<String> TYPES = List.of("new", "update", "delete");

    private CxmlOrders() {
    }

    /** What is missing or wrong, one message per problem naming the place; empty when the order is usable. */
    public static List<String> problems(OrderRequest order) {
        List<String> problems = new ArrayList<>();
        OrderRequestHeader header = order.getHeader();
        if (header == null) {
            problems.add("OrderRequestHeader is missing");
            return problems;
        }
        if (blank(header.getOrderId())) {
            problems.add("OrderRequestHeader@orderID is required");
        }
        if (!TYPES.contains(type(order))) {
            problems.add("OrderRequestHeader@type must be new, update or delete but was '" + header.getType() + "'");
        }
        if (header.getOrderVersion() != null && header.getOrderVersion() < 1) {
            problems.add("OrderRequestHeader@orderVersion must be 1 or more");
        }
        if (header.getTotal() == null || header.getTotal().getMoney() == null
                || blank(header.getTotal().getMoney().getCurrency())) {
            problems.add("OrderRequestHeader/Total/Money@currency is required");
        }
        if (!"delete".equals(type(order)) && order.getItems().isEmpty()) {
            problems.add("an order of type " + type(order) + " needs at least one ItemOut");
        }
        java.util.Set<Integer> lineNumbers = new java.util.HashSet<>();
        for (int i = 0; i < order.getItems().size(); i++) {
            ItemOut item = order.getItems().get(i);
            String where = "ItemOut " + (i + 1);
            if (item.getLineNumber() == null) {
                problems.add(where + ": lineNumber is required");
            } else if (!lineNumbers.add(item.getLineNumber())) {
                problems.add(where + ": lineNumber " + item.getLineNumber() + " appears twice");
            }
            if (item.getQuantity() == null || item.getQuantity().signum() <= 0) {
                problems.add(where + ": quantity must be positive");
            }
            if (item.getItemId() == null || blank(item.getItemId().getSupplierPartId())) {
                problems.add(where + ": ItemID/SupplierPartID is required");
            }
            ItemDetail detail = item.getItemDetail();
            if (detail == null || detail.getUnitPrice() == null || detail.getUnitPrice().getMoney() == null
                    || detail.getUnitPrice().getMoney().getAmount() == null) {
                problems.add(where + ": ItemDetail/UnitPrice/Money is required");
            }
            if (detail == null || blank(detail.getUnitOfMeasure())) {
                problems.add(where + ": ItemDetail/UnitOfMeasure is required");
            }
        }
        return problems;
    }

    public static String type(OrderRequest order) {
        String type = order.getHeader() == null ? null : order.getHeader().effectiveType();
        return type == null ? "new" : type.trim().toLowerCase(Locale.ROOT);
    }

    public static int version(OrderRequest order) {
        Integer version = order.getHeader().getOrderVersion();
        return version == null ? 1 : version;
    }

    public static PoSnapshot snapshot(OrderRequest order) {
        OrderRequestHeader header = order.getHeader();
        List<PoSnapshot.Line> lines = new ArrayList<>();
        for (ItemOut item : order.getItems()) {
            ItemDetail detail = item.getItemDetail();
            String description = detail == null || detail.getDescriptions().isEmpty() ? null
                    : text(detail.getDescriptions().get(0));
            String commodity = detail == null ? null : detail.getClassifications().stream()
                    .filter(c -> "UNSPSC".equalsIgnoreCase(c.getDomain())).map(Classification::getValue)
                    .findFirst().orElse(null);
            lines.add(new PoSnapshot.Line(item.getLineNumber(), item.getItemId().getSupplierPartId(),
                    item.getItemId().getSupplierPartAuxiliaryId(), description, item.getQuantity(),
                    detail.getUnitPrice().getMoney().getAmount(), detail.getUnitOfMeasure(), commodity,
                    item.getRequestedDeliveryDate() == null ? null : item.getRequestedDeliveryDate().toLocalDate().toString(),
                    false));
        }
        Address ship = header.getShipTo() == null ? null : header.getShipTo().getAddress();
        PostalAddress postal = ship == null ? null : ship.getPostalAddress();
        return new PoSnapshot(header.getOrderId().trim(), version(order),
                "delete".equals(type(order)) ? "cancelled" : "issued",
                header.getTotal().getMoney().getCurrency(), null,
                ship == null || ship.getName() == null ? null : ship.getName().getValue(),
                postal == null || postal.getStreets().isEmpty() ? null : postal.getStreets().get(0),
                postal == null ? null : postal.getCity(), postal == null ? null : postal.getPostalCode(),
                ship == null ? null : ship.getIsoCountryCode(), ship == null ? null : ship.getEmail(), lines);
    }

    private static String text(Description description) {
        return description.getText() == null ? null : description.getText().trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
